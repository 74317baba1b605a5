package se.digitalalas.registry.utforare;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The brukare's current hemtjänst provider (utförare) and the history of its changes. */
@Component
public class UtforareRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;

  public UtforareRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The provider now registered for the brukare, if any. */
  public Optional<String> current(long brukareId) {
    return jdbc.sql("select utforare from utforare where brukare_id = :brukareId")
        .param("brukareId", brukareId)
        .query(String.class)
        .optional();
  }

  /**
   * Makes {@code to} the brukare's provider and records the change from {@code from} (null when
   * none was known). The brukare's row is locked first, so two changes at once are one after the
   * other: the current row is updated, or inserted when the brukare had none.
   */
  public void change(long brukareId, String from, String to, String changedBy) {
    require(from, UTFORARE, "tidigare utförare");
    require(to, UTFORARE, "ny utförare");
    require(changedBy, NAME, "bytet registrerat av");
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("select id from brukare where id = :brukareId for update")
        .param("brukareId", brukareId)
        .query(Long.class)
        .optional();
    int updated = jdbc.sql("update utforare set utforare = :to, since = :now where brukare_id = :brukareId")
        .param("to", to)
        .param("now", now)
        .param("brukareId", brukareId)
        .update();
    if (updated == 0) {
      jdbc.sql("insert into utforare (brukare_id, utforare, since) values (:brukareId, :to, :now)")
          .param("brukareId", brukareId)
          .param("to", to)
          .param("now", now)
          .update();
    }
    jdbc.sql("""
            insert into utforare_byte (brukare_id, from_utforare, to_utforare, changed_at, changed_by)
            values (:brukareId, :from, :to, :now, :changedBy)""")
        .param("brukareId", brukareId)
        .param("from", from)
        .param("to", to)
        .param("now", now)
        .param("changedBy", changedBy)
        .update();
  }

  /** Every change of provider for the brukare, oldest first. */
  public List<UtforareChange> history(long brukareId) {
    return jdbc.sql("""
            select id, brukare_id, from_utforare, to_utforare, changed_at, changed_by
            from utforare_byte where brukare_id = :brukareId order by changed_at, id""")
        .param("brukareId", brukareId)
        .query(UtforareChange.class)
        .list();
  }
}
