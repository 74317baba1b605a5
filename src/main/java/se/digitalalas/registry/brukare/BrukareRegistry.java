package se.digitalalas.registry.brukare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

@Component
public class BrukareRegistry {

  private static final String COLUMNS = """
      id, personnummer, name, phone, household_id, hemvardsomrade, hemkommun,
      insats_hemtjanst, insats_trygghetslarm, beslutsdatum,
      verkstallighet_hemtjanst_start, verkstallighet_hemtjanst_end,
      verkstallighet_trygghetslarm_start, verkstallighet_trygghetslarm_end""";

  private final JdbcClient jdbc;
  private final Clock clock;

  public BrukareRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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

  /** Creates the brukare, or updates the one with this personnummer; returns its id. */
  long upsert(BrukareRegistration registration, long householdId) {
    return findByPersonnummer(registration.personnummer())
        .map(existing -> update(existing.id(), registration, householdId))
        .orElseGet(() -> insert(registration, householdId));
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

  private long update(long id, BrukareRegistration r, long householdId) {
    jdbc.sql("""
            update brukare set name = :name, phone = coalesce(:phone, phone),
              household_id = :householdId,
              hemvardsomrade = coalesce(:hemvardsomrade, hemvardsomrade),
              hemkommun = coalesce(:hemkommun, hemkommun),
              insats_hemtjanst = :insatsHemtjanst, insats_trygghetslarm = :insatsTrygghetslarm,
              beslutsdatum = coalesce(:beslutsdatum, beslutsdatum), updated_at = :now
            where id = :id""")
        .param("name", r.name())
        .param("phone", r.phone())
        .param("householdId", householdId)
        .param("hemvardsomrade", r.hemvardsomrade())
        .param("hemkommun", r.hemkommun())
        .param("insatsHemtjanst", r.insatsHemtjanst())
        .param("insatsTrygghetslarm", r.insatsTrygghetslarm())
        .param("beslutsdatum", r.beslutsdatum())
        .param("now", LocalDateTime.now(clock))
        .param("id", id)
        .update();
    return id;
  }
}
