package se.digitalalas.registry.brukare;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.household.HouseholdRegistry;

@RegistryTest
abstract class BrukareRegistrarTest {

  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  BrukareRegistry brukare;
  @Autowired
  HouseholdRegistry households;
  @Autowired
  JdbcClient jdbc;

  @Test
  void registersBrukareInItsHousehold() {
    long id = registrar.register(TestBrukare.astrid());

    Brukare registered = brukare.findById(id).orElseThrow();
    assertThat(registered.personnummer()).isEqualTo(TestBrukare.ASTRID);
    assertThat(registered.name()).isEqualTo("Astrid Andersson");
    assertThat(registered.insatsHemtjanst()).isTrue();
    assertThat(registered.beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(households.findById(registered.householdId()).orElseThrow())
        .satisfies(household -> {
          assertThat(household.address()).isEqualTo("Storgatan 1");
          assertThat(household.portkod()).isEqualTo("1234");
        });
  }

  @Test
  void cohabitantsShareTheHousehold() {
    long astrid = registrar.register(TestBrukare.astrid());
    long bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));

    assertThat(brukare.require(bertil).householdId()).isEqualTo(brukare.require(astrid).householdId());
  }

  @Test
  void aSecondRegistrationUpdatesAndKeepsWhatItDoesNotTell() {
    long id = registrar.register(TestBrukare.astrid());

    long again = registrar.register(new BrukareRegistration(new Personnummer(TestBrukare.ASTRID),
        "Astrid Berg", null, Address.of("Nygatan 2", "12345", null), null, null, "Annanstad",
        true, false, null));

    Brukare updated = brukare.require(again);
    assertThat(again).isEqualTo(id);
    assertThat(updated.name()).isEqualTo("Astrid Berg");
    assertThat(updated.phone()).isEqualTo("070-123 45 67");
    assertThat(updated.hemvardsomrade()).isEqualTo("Norra");
    assertThat(updated.hemkommun()).isEqualTo("Annanstad");
    assertThat(updated.insatsTrygghetslarm()).isFalse();
    assertThat(updated.beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(households.findById(updated.householdId()).orElseThrow().address())
        .isEqualTo("Nygatan 2");
  }

  @Test
  void findsByPersonnummer() {
    long id = registrar.register(TestBrukare.astrid());

    assertThat(brukare.findByPersonnummer(Personnummer.parse("440305-2386")))
        .map(Brukare::id).contains(id);
  }

  @Test
  void anUnknownIdFromAProcessIsAnIncidentNotARefusal() {
    assertThatThrownBy(() -> brukare.require(-1))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class)
        .hasMessageContaining("not in the registry");
  }

  @Test
  void personnummerIsUnique() {
    long id = registrar.register(TestBrukare.astrid());

    assertThatThrownBy(() -> jdbc.sql("""
            insert into brukare (personnummer, name, household_id, insats_hemtjanst,
              insats_trygghetslarm, created_at, updated_at)
            select personnummer, name, household_id, false, false, created_at, updated_at
            from brukare where id = :id""").param("id", id).update())
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void verkstallighetCannotEndBeforeItStarts() {
    long id = registrar.register(TestBrukare.astrid());

    brukare.recordVerkstallighetHemtjanst(id, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1));
    assertThat(brukare.require(id).verkstallighetHemtjanstEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> brukare.recordVerkstallighetTrygghetslarm(id,
        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
