package se.digitalalas.routine.lasinstallation;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Several brukare at one address, their routines overlapping: one lock is installed, and every
 * other routine finishes linked to it, whether it was waiting at Task_InstalleraLas or reached the
 * installation after the lock was in.
 */
interface CohabitantsWalkthrough extends ServiceUnderTest {

  String ADDRESS = "Sammanbogatan 4";

  /** Each database gets its own brukare. */
  int databaseSerial();

  @Test
  default void everyCohabitantsRoutineFinishesLinkedToTheOneLock() {
    List<String> waiting = List.of(brukare(0), brukare(1), brukare(2));
    String late = brukare(3);
    Map<String, String> routines = new HashMap<>();
    for (String personnummer : List.of(waiting.get(0), waiting.get(1), waiting.get(2), late)) {
      Reply started = start(personnummer);
      assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
      routines.put(personnummer, started.json().path("id").asText());
      assess(personnummer);
    }
    for (String personnummer : waiting) {
      plan(personnummer);
      putUpNfc(personnummer);
      driver().claimAndComplete(StaffGroup.MONTOR,
          driver().task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_BOKA_INSTALLATION),
          Map.of(BOKAD_TID.name(), variable("2026-12-02T13:00:00.000+0100", "Date")));
    }

    String serial = "PH-7" + databaseSerial();
    install(waiting.get(0), serial);
    install(waiting.get(1), serial);
    JsonNode third = driver().task(StaffGroup.MONTOR, waiting.get(2), LasInstallation.TASK_INSTALLERA_LAS);
    driver().claim(StaffGroup.MONTOR, third);
    Reply otherSerial = driver().complete(staff(StaffGroup.MONTOR), third, RestAnswers.installation(serial + "-X"));
    assertThat(otherSerial.code()).isEqualTo(400);
    assertThat(otherSerial.message()).contains("Hushållet har redan ett installerat digitalt lås", serial);
    assertThat(driver().complete(staff(StaffGroup.MONTOR), third, RestAnswers.installation(serial)).code()).isEqualTo(204);
    plan(late);
    putUpNfc(late);

    for (String personnummer : routines.keySet()) {
      driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
          driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_TA_NED_NFC_ETIKETT),
          Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));
      driver().assertEndedAt(routines.get(personnummer), MonteringBistandsbedomd.END_EVENT_LAS_INSTALLERAT);
    }
    driver().assertEndedAt(driver().calledInstance(routines.get(waiting.get(0))), LasInstallation.END_EVENT_LAS_INSTALLERAT);
    for (String cohabitant : List.of(waiting.get(1), waiting.get(2), late)) {
      driver().assertEndedAt(driver().calledInstance(routines.get(cohabitant)), LasInstallation.END_EVENT_KOPPLAD_TILL_BEFINTLIGT_LAS);
    }

    JsonNode lockOfTheFirst = driver().registry(waiting.get(0));
    for (String personnummer : routines.keySet()) {
      String record = driver().registry(personnummer).toString();
      assertThat(record).contains(serial, "INSTALLED").doesNotContain(serial + "-X");
      assertThat(lockOfTheFirst.toString()).contains(personnummer);
    }

    // a finished routine frees its brukare: a new order is taken (and ends, the lock being there)
    Reply again = start(late);
    assertThat(again.code()).as(again.json().toString()).isEqualTo(200);
    driver().assertEndedAt(again.json().path("id").asText(), MonteringBistandsbedomd.END_EVENT_LAS_FINNS_REDAN);
  }

  private String brukare(int i) {
    return TestPersonnummer.of(databaseSerial() + i);
  }

  private void assess(String personnummer) {
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV), Map.of(
            HAR_KODLAS.name(), variable(false, "Boolean"),
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"),
            OPPNAR_SJALV.name(), variable(false, "Boolean"),
            VILL_INTE_HA_LAS.name(), variable(false, "Boolean")));
  }

  private void plan(String personnummer) {
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, personnummer, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION), Map.of());
  }

  private void putUpNfc(String personnummer) {
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
  }

  private void install(String personnummer, String serial) {
    driver().claimAndComplete(StaffGroup.MONTOR,
        driver().task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_INSTALLERA_LAS), RestAnswers.installation(serial));
  }


  private Reply start(String personnummer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable("Sammanboende " + personnummer.substring(8), "String"));
    variables.put(ADRESS.name(), variable(ADDRESS, "String"));
    variables.put(POSTNUMMER.name(), variable("123 44", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID, variables);
  }
}
