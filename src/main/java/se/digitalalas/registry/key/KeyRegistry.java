package se.digitalalas.registry.key;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
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
   * Registers the key as issued to the holder; the same key number issued to the same holder is
   * registered once, also when two transactions register it at once (the insert runs under a
   * savepoint). A set that was returned to the brukare and is handed out again is with the
   * holder again.
   */
  public void register(long brukareId, String keyNumber, KeyHolder holder) {
    require(keyNumber, KEY_NUMBER, "nyckelnummer");
    if (reissue(brukareId, keyNumber, holder) > 0 || isRegistered(brukareId, keyNumber, holder)) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into physical_key (brukare_id, key_number, holder, issued_to, registered_at)
              values (:brukareId, :keyNumber, :holder, :holder, :now)""")
          .param("brukareId", brukareId)
          .param("keyNumber", keyNumber)
          .param("holder", holder.name())
          .param("now", LocalDateTime.now(clock))
          .update());
    } catch (DuplicateKeyException registeredConcurrently) {
      // the same key, registered by the other transaction: registered once, as asked
    }
  }

  /**
   * The sets issued to these holders and still with them go back to the brukare (holder BRUKARE,
   * returned now). Returns how many sets were returned.
   */
  public int returnToBrukare(long brukareId, Set<KeyHolder> issuedTo) {
    if (issuedTo.isEmpty()) {
      return 0;
    }
    return jdbc.sql("""
            update physical_key set holder = 'BRUKARE', returned_at = :now
            where brukare_id = :brukareId and returned_at is null and issued_to in (:issuedTo)""")
        .param("now", LocalDateTime.now(clock))
        .param("brukareId", brukareId)
        .param("issuedTo", issuedTo.stream().map(KeyHolder::name).toList())
        .update();
  }

  private int reissue(long brukareId, String keyNumber, KeyHolder holder) {
    return jdbc.sql("""
            update physical_key set holder = issued_to, returned_at = null, registered_at = :now
            where brukare_id = :brukareId and issued_to = :holder and key_number = :keyNumber
              and returned_at is not null""")
        .param("now", LocalDateTime.now(clock))
        .param("brukareId", brukareId)
        .param("holder", holder.name())
        .param("keyNumber", keyNumber)
        .update();
  }

  private boolean isRegistered(long brukareId, String keyNumber, KeyHolder holder) {
    return jdbc.sql("""
            select count(*) from physical_key
            where brukare_id = :brukareId and issued_to = :holder and key_number = :keyNumber""")
        .param("brukareId", brukareId)
        .param("holder", holder.name())
        .param("keyNumber", keyNumber)
        .query(Long.class)
        .single() > 0;
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
            select id, brukare_id, key_number, holder, issued_to, nyckelposition, registered_at,
              returned_at
            from physical_key where brukare_id = :brukareId order by registered_at, id""")
        .param("brukareId", brukareId)
        .query(Key.class)
        .list();
  }
}
