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
  void aSecondOrderNeverOverwritesTheRegistryAndNamesWhereItDiffers() {
    long id = registrar.register(TestBrukare.astrid());
    long household = brukare.require(id).householdId();

    Registered again = registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.ASTRID),
        "Astrid Berg", "08-555 000", Address.of("Nygatan 2", "12345", null), "9999", null, "Annanstad",
        true, false, LocalDate.of(2026, 12, 1)));

    Brukare kept = brukare.require(id);
    assertThat(again.brukare().id()).isEqualTo(id);
    assertThat(again.change()).isEqualTo(Registered.Change.UPDATED);
    assertThat(kept.name()).isEqualTo("Astrid Andersson");
    assertThat(kept.phone()).isEqualTo("070-123 45 67");
    assertThat(kept.householdId()).isEqualTo(household);
    assertThat(households.findById(household).orElseThrow()).satisfies(h -> {
      assertThat(h.address()).isEqualTo("Storgatan 1");
      assertThat(h.portkod()).isEqualTo("1234");
    });
    assertThat(jdbc.sql("select count(*) from household where address = 'Nygatan 2'").query(Long.class).single())
        .isZero();
    assertThat(again.differences()).containsExactly(
        "namn \"Astrid Berg\" (registrerat: \"Astrid Andersson\")",
        "telefon \"08-555 000\" (registrerat: \"070-123 45 67\")",
        "adress \"Nygatan 2, 123 45\" (registrerat: \"Storgatan 1, 123 45 Storstad\")",
        "portkod (avviker från den registrerade)");
    assertThat(again.differenceNote().orElseThrow()).doesNotContain("9999", "1234");
    // what the registry did not know, and the decision itself, come with the order
    assertThat(kept.hemkommun()).isEqualTo("Annanstad");
    assertThat(kept.insatsTrygghetslarm()).isFalse();
    assertThat(kept.beslutsdatum()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void formattingIsNoDifference() {
    registrar.register(TestBrukare.astrid());

    Registered again = registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.ASTRID),
        " astrid  ANDERSSON ", "0701234567", Address.of("storgatan  1", "123 45", null), " 1234 ", "norra", null,
        true, true, null));

    assertThat(again.differences()).isEmpty();
    assertThat(again.differenceNote()).isEmpty();
    assertThat(again.change()).as("the order repeats the registry").isEqualTo(Registered.Change.UNCHANGED);
  }

  @Test
  void aNewCohabitantKeepsTheHouseholdsPortkodAndFillsInAnUnknownOne() {
    registrar.register(TestBrukare.astrid());
    Registered bertil = registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.BERTIL),
        "Bertil Andersson", null, Address.of("Storgatan 1", "12345", null), "5555", null, null, true, true, null));
    Registered cecilia = registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.CECILIA),
        "Cecilia Carlsson", null, Address.of("Nygatan 2", "12345", null), null, null, null, true, true, null));
    Registered cecilia2 = registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.CECILIA),
        "Cecilia Carlsson", null, Address.of("Nygatan 2", "12345", null), "7777", null, null, true, true, null));

    assertThat(bertil.change()).isEqualTo(Registered.Change.NEW);
    assertThat(cecilia2.change()).as("the unknown portkod filled in").isEqualTo(Registered.Change.UPDATED);
    assertThat(bertil.household().portkod()).isEqualTo("1234");
    assertThat(bertil.differences()).containsExactly("portkod (avviker från den registrerade)");
    assertThat(cecilia.household().portkod()).isNull();
    assertThat(cecilia2.household().portkod()).isEqualTo("7777");
    assertThat(cecilia2.differences()).isEmpty();
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
