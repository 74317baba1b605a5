package se.digitalalas.registry.message;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox's rows. Every state change is conditional on the state it leaves, so a late or
 * repeated call (a job run twice, an incident resolved after the message went out) changes nothing.
 */
@Component
public class OutgoingMessageRegistry {

  private static final String COLUMNS = "id, brukare_id, channel, recipient, subject, body, state,"
      + " created_at, sent_at, attempts, last_attempt_at, last_error, message_id,"
      + " case when document is null then false else true end as has_document, document_file_name";
  private static final int MAX_ERROR = 500;

  private final JdbcClient jdbc;
  private final Clock clock;

  public OutgoingMessageRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the message PENDING, to be sent with this Message-ID header; returns its id. */
  public long storePending(MessageContent content, String messageId) {
    return insert(content, MessageState.PENDING, messageId, null);
  }

  /** Stores a message that will not be sent (no mail server), with the reason; returns its id. */
  public long storeNotSent(MessageContent content, String reason) {
    return insert(content, MessageState.NOT_SENT, null, reason);
  }

  /** Marks the message SENDING with one attempt more, unless it is SENT; returns the attempt. */
  public int beginAttempt(long messageId) {
    jdbc.sql("""
            update outgoing_message set state = 'SENDING', attempts = attempts + 1,
              last_attempt_at = :now
            where id = :id and state <> 'SENT'""")
        .param("now", now())
        .param("id", messageId)
        .update();
    return require(messageId).attempts();
  }

  public void markSent(long messageId) {
    jdbc.sql("""
            update outgoing_message set state = 'SENT', sent_at = :now, last_error = null
            where id = :id and state <> 'SENT'""")
        .param("now", now())
        .param("id", messageId)
        .update();
  }

  /** An attempt failed and another may follow: PENDING again, with the reason. */
  public void attemptFailed(long messageId, String reason) {
    jdbc.sql("""
            update outgoing_message set state = 'PENDING', last_error = :reason
            where id = :id and state = 'SENDING'""")
        .param("reason", truncated(reason))
        .param("id", messageId)
        .update();
  }

  /** The last retry failed. */
  public void markFailed(long messageId) {
    jdbc.sql("""
            update outgoing_message set state = 'FAILED'
            where id = :id and state in ('PENDING', 'SENDING')""")
        .param("id", messageId)
        .update();
  }

  /** Someone asked for a new attempt after FAILED. */
  public void retryRequested(long messageId) {
    jdbc.sql("update outgoing_message set state = 'PENDING' where id = :id and state = 'FAILED'")
        .param("id", messageId)
        .update();
  }

  public Optional<OutgoingMessage> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from outgoing_message where id = :id")
        .param("id", id)
        .query(OutgoingMessage.class)
        .optional();
  }

  /** The document sent with the message; empty for an unknown id or a message without one. */
  public Optional<MessageDocument> document(long id) {
    return jdbc.sql("""
            select document_file_name, document_content_type, document from outgoing_message
            where id = :id and document is not null""")
        .param("id", id)
        .query((row, number) -> new MessageDocument(row.getString("document_file_name"),
            row.getString("document_content_type"), row.getBytes("document")))
        .optional();
  }

  /** The message; an unknown id is inconsistent process data. */
  public OutgoingMessage require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("No outgoing message " + id));
  }

  public List<OutgoingMessage> forBrukare(long brukareId) {
    return jdbc.sql("select " + COLUMNS
            + " from outgoing_message where brukare_id = :brukareId order by created_at, id")
        .param("brukareId", brukareId)
        .query(OutgoingMessage.class)
        .list();
  }

  /**
   * Every channel's backlog, in one grouped count over the open states (an index on state and
   * channel, so the SENT messages kept as history are not read); a channel without any is empty.
   */
  public Map<MessageChannel, ChannelBacklog> backlogByChannel() {
    Map<MessageChannel, ChannelBacklog> backlog = new EnumMap<>(MessageChannel.class);
    for (MessageChannel channel : MessageChannel.values()) {
      backlog.put(channel, ChannelBacklog.EMPTY);
    }
    jdbc.sql("""
            select channel, sum(case when state = 'FAILED' then 0 else 1 end) as unsent,
              sum(case when state = 'FAILED' then 1 else 0 end) as failed
            from outgoing_message where state in ('PENDING', 'SENDING', 'FAILED')
            group by channel""")
        .query(row -> {
          backlog.put(MessageChannel.valueOf(row.getString("channel")),
              new ChannelBacklog(row.getLong("unsent"), row.getLong("failed")));
        });
    return backlog;
  }

  private long insert(MessageContent content, MessageState state, String messageId, String reason) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    MessageDocument document = content.document();
    jdbc.sql("""
            insert into outgoing_message (brukare_id, channel, recipient, subject, body, state,
              created_at, message_id, last_error, document, document_file_name,
              document_content_type)
            values (:brukareId, :channel, :recipient, :subject, :body, :state, :now, :messageId,
              :reason, :document, :documentFileName, :documentContentType)""")
        .param("brukareId", content.brukareId())
        .param("channel", content.channel().name())
        .param("recipient", content.recipient())
        .param("subject", content.subject())
        .param("body", content.body())
        .param("state", state.name())
        .param("now", now())
        .param("messageId", messageId)
        .param("reason", truncated(reason))
        .param("document", document == null ? null : document.content(), Types.VARBINARY)
        .param("documentFileName", document == null ? null : document.fileName(), Types.VARCHAR)
        .param("documentContentType", document == null ? null : document.contentType(), Types.VARCHAR)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String truncated(String reason) {
    return reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
  }
}
