package se.digitalalas.registry.brukare;

import java.time.Clock;
import java.time.LocalDate;
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
public class BrukareRegistry {

  private static final String COLUMNS = """
      id, personnummer, name, phone, household_id, hemvardsomrade, hemkommun,
      insats_hemtjanst, insats_trygghetslarm, beslutsdatum,
      verkstallighet_hemtjanst_start, verkstallighet_hemtjanst_end,
      verkstallighet_trygghetslarm_start, verkstallighet_trygghetslarm_end""";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public BrukareRegistry(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public Optional<Brukare> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from brukare where id = :id")
        .param("id", id)
        .query(Brukare.class)
        .optional();
  }

  public Optional<Brukare> findByPersonnummer(Personnummer personnummer) {
    return jdbc.sql("select " + COLUMNS + " from brukare where personnummer = :personnummer")
        .param("personnummer", personnummer.value())
        .query(Brukare.class)
        .optional();
  }

  /** For delegates that were handed a brukareId: a missing brukare is refused, not guessed. */
  public Brukare require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException(
        "Brukare " + id + " is not in the registry; the process set an id the registry does not know"));
  }

  /**
   * Creates the brukare in the household unless one with this personnummer exists; returns the
   * brukare with this personnummer, whoever created it, and whether this call did. The insert runs
   * under a savepoint, so a brukare created concurrently is found on PostgreSQL too.
   */
  FoundOrCreated findOrCreate(BrukareRegistration registration, long householdId) {
    Optional<Brukare> known = findByPersonnummer(registration.personnummer());
    if (known.isPresent()) {
      return new FoundOrCreated(known.get(), false);
    }
    try {
      long id = savepoint.execute(status -> insert(registration, householdId));
      return new FoundOrCreated(require(id), true);
    } catch (DuplicateKeyException createdConcurrently) {
      return new FoundOrCreated(
          findByPersonnummer(registration.personnummer()).orElseThrow(() -> createdConcurrently), false);
    }
  }

  record FoundOrCreated(Brukare brukare, boolean created) {
  }

  /**
   * What an order may change on a registered brukare: the insatser and the beslutsdatum of the
   * decision, and what the registry did not know (phone, hemvårdsområde, hemkommun). Name,
   * household and every value already known stay as registered.
   */
  void recordOrder(long id, BrukareRegistration r) {
    jdbc.sql("""
            update brukare set phone = coalesce(phone, :phone),
              hemvardsomrade = coalesce(hemvardsomrade, :hemvardsomrade),
              hemkommun = coalesce(hemkommun, :hemkommun),
              insats_hemtjanst = :insatsHemtjanst, insats_trygghetslarm = :insatsTrygghetslarm,
              beslutsdatum = coalesce(:beslutsdatum, beslutsdatum), updated_at = :now
            where id = :id""")
        .param("phone", r.phone())
        .param("hemvardsomrade", r.hemvardsomrade())
        .param("hemkommun", r.hemkommun())
        .param("insatsHemtjanst", r.insatsHemtjanst())
        .param("insatsTrygghetslarm", r.insatsTrygghetslarm())
        .param("beslutsdatum", r.beslutsdatum())
        .param("now", LocalDateTime.now(clock))
        .param("id", id)
        .update();
  }

  public void recordVerkstallighetHemtjanst(long brukareId, LocalDate start,
      LocalDate end) {
    jdbc.sql("""
            update brukare set verkstallighet_hemtjanst_start = :start,
              verkstallighet_hemtjanst_end = :end, updated_at = :now where id = :id""")
        .param("start", start).param("end", end)
        .param("now", LocalDateTime.now(clock)).param("id", brukareId)
        .update();
  }

  public void recordVerkstallighetTrygghetslarm(long brukareId, LocalDate start,
      LocalDate end) {
    jdbc.sql("""
            update brukare set verkstallighet_trygghetslarm_start = :start,
              verkstallighet_trygghetslarm_end = :end, updated_at = :now where id = :id""")
        .param("start", start).param("end", end)
        .param("now", LocalDateTime.now(clock)).param("id", brukareId)
        .update();
  }

  /**
   * The insats is verkställd from the date (LKP: read over to TES): the brukare has it, its
   * verkställighet started then and is not closed.
   */
  public void recordVerkstalldInsats(long brukareId, Insats insats, LocalDate start) {
    String columns = switch (insats) {
      case HEMTJANST -> "insats_hemtjanst = true, verkstallighet_hemtjanst_start = :start, "
          + "verkstallighet_hemtjanst_end = null";
      case TRYGGHETSLARM -> "insats_trygghetslarm = true, verkstallighet_trygghetslarm_start = :start, "
          + "verkstallighet_trygghetslarm_end = null";
    };
    jdbc.sql("update brukare set " + columns + ", updated_at = :now where id = :id")
        .param("start", start)
        .param("now", LocalDateTime.now(clock))
        .param("id", brukareId)
        .update();
  }

  /**
   * The insats ends: its verkställighet is closed on the date and the brukare no longer has it.
   * The start date stays as it was recorded.
   */
  public void closeVerkstallighet(long brukareId, Insats insats, LocalDate closedOn) {
    String column = switch (insats) {
      case HEMTJANST -> "insats_hemtjanst = false, verkstallighet_hemtjanst_end";
      case TRYGGHETSLARM -> "insats_trygghetslarm = false, verkstallighet_trygghetslarm_end";
    };
    jdbc.sql("update brukare set " + column + " = :closedOn, updated_at = :now where id = :id")
        .param("closedOn", closedOn)
        .param("now", LocalDateTime.now(clock))
        .param("id", brukareId)
        .update();
  }

  /** LP §3b: the trygghetslarm ends while hemtjänst remains; the record moves to hemtjänst only. */
  public void moveToHemtjanstOnly(long brukareId) {
    jdbc.sql("""
            update brukare set insats_hemtjanst = true, insats_trygghetslarm = false, updated_at = :now
            where id = :id""")
        .param("now", LocalDateTime.now(clock))
        .param("id", brukareId)
        .update();
  }

  private long insert(BrukareRegistration r, long householdId) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("""
            insert into brukare (personnummer, name, phone, household_id, hemvardsomrade,
              hemkommun, insats_hemtjanst, insats_trygghetslarm, beslutsdatum, created_at, updated_at)
            values (:personnummer, :name, :phone, :householdId, :hemvardsomrade,
              :hemkommun, :insatsHemtjanst, :insatsTrygghetslarm, :beslutsdatum, :now, :now)""")
        .param("personnummer", r.personnummer().value())
        .param("name", r.name())
        .param("phone", r.phone())
        .param("householdId", householdId)
        .param("hemvardsomrade", r.hemvardsomrade())
        .param("hemkommun", r.hemkommun())
        .param("insatsHemtjanst", r.insatsHemtjanst())
        .param("insatsTrygghetslarm", r.insatsTrygghetslarm())
        .param("beslutsdatum", r.beslutsdatum())
        .param("now", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

}
