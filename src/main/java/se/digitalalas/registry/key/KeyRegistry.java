package se.digitalalas.registry.key;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class KeyRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;

  public KeyRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Registers the key; the same key number with the same holder is registered once. */
  public void register(long brukareId, String keyNumber, KeyHolder holder) {
    require(keyNumber, KEY_NUMBER, "nyckelnummer");
    boolean known = jdbc.sql("""
            select count(*) from physical_key
            where brukare_id = :brukareId and holder = :holder and key_number = :keyNumber""")
        .param("brukareId", brukareId)
        .param("holder", holder.name())
        .param("keyNumber", keyNumber)
        .query(Long.class)
        .single() > 0;
    if (!known) {
      jdbc.sql("""
              insert into physical_key (brukare_id, key_number, holder, registered_at)
              values (:brukareId, :keyNumber, :holder, :now)""")
          .param("brukareId", brukareId)
          .param("keyNumber", keyNumber)
          .param("holder", holder.name())
          .param("now", LocalDateTime.now(clock))
          .update();
    }
  }

  public void recordNyckelposition(long keyId, String nyckelposition) {
    require(nyckelposition, PLACE, "nyckelposition");
    jdbc.sql("update physical_key set nyckelposition = :position where id = :id")
        .param("position", nyckelposition)
        .param("id", keyId)
        .update();
  }

  public List<Key> forBrukare(long brukareId) {
    return jdbc.sql("""
            select id, brukare_id, key_number, holder, nyckelposition, registered_at
            from physical_key where brukare_id = :brukareId order by registered_at, id""")
        .param("brukareId", brukareId)
        .query(Key.class)
        .list();
  }
}
