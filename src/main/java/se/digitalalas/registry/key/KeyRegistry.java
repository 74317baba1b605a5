package se.digitalalas.registry.key;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Component
public class KeyRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public KeyRegistry(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Registers the key; the same key number with the same holder is registered once, also when two
   * transactions register it at once (the insert runs under a savepoint).
   */
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
    if (known) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into physical_key (brukare_id, key_number, holder, registered_at)
              values (:brukareId, :keyNumber, :holder, :now)""")
          .param("brukareId", brukareId)
          .param("keyNumber", keyNumber)
          .param("holder", holder.name())
          .param("now", LocalDateTime.now(clock))
          .update());
    } catch (DuplicateKeyException registeredConcurrently) {
      // the same key, registered by the other transaction: registered once, as asked
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
