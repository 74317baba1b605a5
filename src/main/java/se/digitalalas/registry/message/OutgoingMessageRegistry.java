package se.digitalalas.registry.message;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

@Component
public class OutgoingMessageRegistry {

  private static final String COLUMNS =
      "id, brukare_id, channel, recipient, subject, body, state, created_at, sent_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  public OutgoingMessageRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the message as NOT_SENT; returns its id. */
  public long store(MessageContent content) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into outgoing_message (brukare_id, channel, recipient, subject, body, state,
              created_at)
            values (:brukareId, :channel, :recipient, :subject, :body, 'NOT_SENT', :now)""")
        .param("brukareId", content.brukareId())
        .param("channel", content.channel().name())
        .param("recipient", content.recipient())
        .param("subject", content.subject())
        .param("body", content.body())
        .param("now", LocalDateTime.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void markSent(long messageId) {
    jdbc.sql("update outgoing_message set state = 'SENT', sent_at = :now where id = :id")
        .param("now", LocalDateTime.now(clock))
        .param("id", messageId)
        .update();
  }

  public Optional<OutgoingMessage> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from outgoing_message where id = :id")
        .param("id", id)
        .query(OutgoingMessage.class)
        .optional();
  }

  public List<OutgoingMessage> forBrukare(long brukareId) {
    return jdbc.sql("select " + COLUMNS
            + " from outgoing_message where brukare_id = :brukareId order by created_at, id")
        .param("brukareId", brukareId)
        .query(OutgoingMessage.class)
        .list();
  }
}
