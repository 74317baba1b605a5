package se.digitalalas.registry.receipt;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

@Component
public class ReceiptRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;

  public ReceiptRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns the receipt's id. keptAt may be null until it is filed. */
  public long record(long brukareId, ReceiptKind kind, String signedBy, LocalDateTime signedAt,
      String keptAt) {
    require(signedBy, NAME, "signerad av");
    require(keptAt, PLACE, "förvaringsplats");
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into receipt (brukare_id, kind, signed_by, signed_at, kept_at, created_at)
            values (:brukareId, :kind, :signedBy, :signedAt, :keptAt, :now)""")
        .param("brukareId", brukareId)
        .param("kind", kind.name())
        .param("signedBy", signedBy)
        .param("signedAt", signedAt)
        .param("keptAt", keptAt)
        .param("now", LocalDateTime.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void recordKeptAt(long receiptId, String keptAt) {
    require(keptAt, PLACE, "förvaringsplats");
    jdbc.sql("update receipt set kept_at = :keptAt where id = :id")
        .param("keptAt", keptAt)
        .param("id", receiptId)
        .update();
  }

  public List<Receipt> forBrukare(long brukareId) {
    return jdbc.sql("""
            select id, brukare_id, kind, signed_by, signed_at, kept_at
            from receipt where brukare_id = :brukareId order by signed_at, id""")
        .param("brukareId", brukareId)
        .query(Receipt.class)
        .list();
  }
}
