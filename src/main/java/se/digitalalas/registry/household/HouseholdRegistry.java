package se.digitalalas.registry.household;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Component
public class HouseholdRegistry {

  private static final String COLUMNS =
      "id, address, postal_code, city, portkod, kodlas, kodlas_recorded_at";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public HouseholdRegistry(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public Optional<Household> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from household where id = :id")
        .param("id", id)
        .query(Household.class)
        .optional();
  }

  /** The household at this address (street + postal code); created when new. */
  public Household findOrCreate(Address address) {
    return findByAddress(address).orElseGet(() -> create(address));
  }

  public void updatePortkod(long householdId, String portkod) {
    jdbc.sql("update household set portkod = :portkod where id = :id")
        .param("portkod", portkod)
        .param("id", householdId)
        .update();
  }

  /** The portkod an order tells, kept only when the registry knew none: a known one is not overwritten. */
  public void recordPortkodIfUnknown(long householdId, String portkod) {
    jdbc.sql("update household set portkod = :portkod where id = :id and portkod is null")
        .param("portkod", portkod)
        .param("id", householdId)
        .update();
  }

  public void recordKodlas(long householdId, boolean kodlas) {
    jdbc.sql("update household set kodlas = :kodlas, kodlas_recorded_at = :at where id = :id")
        .param("kodlas", kodlas)
        .param("at", LocalDateTime.now(clock))
        .param("id", householdId)
        .update();
  }

  private Optional<Household> findByAddress(Address address) {
    return jdbc.sql("select " + COLUMNS + " from household where address_key = :key")
        .param("key", address.key())
        .query(Household.class)
        .optional();
  }

  private Household create(Address address) {
    try {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into household (address, postal_code, city, address_key, created_at)
              values (:address, :postalCode, :city, :key, :createdAt)""")
          .param("address", address.street())
          .param("postalCode", address.postalCode())
          .param("city", address.city())
          .param("key", address.key())
          .param("createdAt", LocalDateTime.now(clock))
          .update(keys, "id"));
      return findById(keys.getKey().longValue()).orElseThrow();
    } catch (DuplicateKeyException createdConcurrently) {
      return findByAddress(address).orElseThrow(() -> createdConcurrently);
    }
  }
}
