package se.digitalalas.registry.nfc;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Component
public class NfcTagRegistry {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public NfcTagRegistry(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Returns false when a tag is already up at the brukare's (nothing is written then), also when
   * another transaction put it up at the same moment (the insert runs under a savepoint).
   */
  public boolean putUp(long brukareId, LocalDateTime at) {
    if (hasTagUp(brukareId)) {
      return false;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into nfc_tag (brukare_id, put_up_at, active_brukare_id)
              values (:brukareId, :at, :brukareId)""")
          .param("brukareId", brukareId)
          .param("at", at)
          .update());
      return true;
    } catch (DuplicateKeyException putUpConcurrently) {
      return false;
    }
  }

  /** Returns false when no tag was up. */
  public boolean takeDown(long brukareId, LocalDateTime at) {
    return jdbc.sql("""
            update nfc_tag set taken_down_at = :at, active_brukare_id = null
            where active_brukare_id = :brukareId""")
        .param("at", at)
        .param("brukareId", brukareId)
        .update() > 0;
  }

  public boolean hasTagUp(long brukareId) {
    return jdbc.sql("select count(*) from nfc_tag where active_brukare_id = :brukareId")
        .param("brukareId", brukareId)
        .query(Long.class)
        .single() > 0;
  }

  public List<NfcTag> forBrukare(long brukareId) {
    return jdbc.sql("""
            select id, brukare_id, put_up_at, taken_down_at
            from nfc_tag where brukare_id = :brukareId order by put_up_at, id""")
        .param("brukareId", brukareId)
        .query(NfcTag.class)
        .list();
  }
}
