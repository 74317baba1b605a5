package se.digitalalas.routine.monteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringtrygghetslarm.MonteringTrygghetslarm.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Routine 3, montering-trygghetslarm, walked through the REST API: the larmhandläggare (lars)
 * takes the request for trygghetslarm, checks that the larmgrupp has the keys and goes through
 * the checkpoints; the montör (mats) installs; the hemtjänstutförare (hanna) handles the
 * NFC-etikett.
 */
interface MonteringTrygghetslarmWalkthrough extends ServiceUnderTest {

  @Test
  default void installsTheLockWithTheLarmgruppsKeysOnceTheyExist() {
    String greta = TestPersonnummer.of(600);
    Reply started = start(greta, "Greta Larmsson", "Larmvägen 1");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    JsonNode nycklar = driver().task(StaffGroup.LARMHANDLAGGARE, greta, TASK_KONTROLLERA_FYSISKA_NYCKLAR);
    assertThat(driver().tasklist(StaffGroup.LARMHANDLAGGARE)).contains("Kontrollera fysiska nycklar och kodlås",
        "Greta Larmsson", "Larmvägen 1");
    driver().assertForbiddenToComplete(StaffGroup.HEMTJANSTUTFORARE, nycklar, keys(greta, false));
    driver().claim(StaffGroup.LARMHANDLAGGARE, nycklar);
    Reply noKeys = driver().complete(staff(StaffGroup.LARMHANDLAGGARE), nycklar, Map.of(
        FYSISKA_NYCKLAR_FINNS.name(), variable(false, "Boolean"), HAR_KODLAS.name(), variable(false, "Boolean")));
    RoutineDriver.assertRefused(noKeys, "Fysiska nycklar till brukaren måste finnas hos larmgruppen");
    driver().assertStillOpen(nycklar);
    assertThat(driver().registry(greta).path("keys")).isEmpty();
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), nycklar, keys(greta, false)).code()).isEqualTo(204);

    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, greta, TASK_BEDOM_INSTALLATION,
        Map.of(INSTALLERA_LAS.name(), variable(true, "Boolean")));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, greta, TASK_SATT_UPP_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
    driver().claimAndComplete(StaffGroup.MONTOR, greta, LasInstallation.TASK_BOKA_INSTALLATION,
        Map.of(BOKAD_TID.name(), RestAnswers.time(OffsetDateTime.now(RoutineDriver.SERVICE_ZONE).plusDays(1).withNano(0))));
    driver().claimAndComplete(StaffGroup.MONTOR, greta, LasInstallation.TASK_INSTALLERA_LAS,
        RestAnswers.installation("PH-6001"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, greta, TASK_TA_NED_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_LAS_INSTALLERAT);
    JsonNode record = driver().registry(greta);
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-6001");
    assertThat(BrukareRecord.linkedPersonnummer(record)).containsExactly(greta);
    assertThat(record.path("keys")).singleElement().satisfies(key -> {
      assertThat(key.path("keyNumber").asText()).isEqualTo(larmgruppensNyckel(greta));
      assertThat(key.path("holder").asText()).isEqualTo("LARMGRUPP");
      assertThat(key.path("issuedTo").asText()).isEqualTo("LARMGRUPP");
    });
    assertThat(record.path("nfcTags")).singleElement()
        .satisfies(tag -> assertThat(tag.path("takenDownAt").isTextual()).isTrue());
    assertThat(record.path("brukare").path("insatsTrygghetslarm").asBoolean()).isTrue();
    assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).isFalse();
  }

  @Test
  default void aKodlasEndsTheRoutineWithTheStandardNoteAnNfcEtikettAndIsRememberedForTheDoor() {
    String harald = TestPersonnummer.of(601);
    Reply started = start(harald, "Harald Kodlas", "Larmvägen 2");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, harald, TASK_KONTROLLERA_FYSISKA_NYCKLAR, keys(harald, true));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, harald, TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS,
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    JsonNode record = driver().registry(harald);
    assertThat(record.path("notes").toString()).contains("Har kodlås på ytterdörr. Digitalt lås kan inte installeras.");
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("none");
    assertThat(BrukareRecord.keyIssuedTo(record, "LARMGRUPP").path("keyNumber").asText())
        .isEqualTo(larmgruppensNyckel(harald));
    assertThat(record.path("nfcTags")).singleElement()
        .satisfies(tag -> assertThat(tag.path("takenDownAt").isNull()).as("it stays up").isTrue());

    String ines = TestPersonnummer.of(602);
    Reply neighbour = start(ines, "Ines Kodlas", "Larmvägen 2");
    assertThat(neighbour.code()).as(neighbour.json().toString()).isEqualTo(200);
    driver().task(StaffGroup.LARMHANDLAGGARE, ines, TASK_KONTROLLERA_FYSISKA_NYCKLAR);
    Reply known = driver().rest().get(admin(),
        "/engine-rest/process-instance/" + neighbour.json().path("id").asText() + "/variables/" + HAR_KODLAS.name());
    assertThat(known.json().path("value").asBoolean()).as("the door's kodlås, on the form already").isTrue();
  }

  @Test
  default void aLockAlreadyInTheHouseholdLinksTheBrukareOnceTheKeysAreDocumented() {
    String johan = TestPersonnummer.of(603);
    new MonteringWalk(driver()).installLock(Order.of(johan, "Johan Delat", "Larmvägen 3"), "PH-6031");
    String karin = TestPersonnummer.of(604);

    Reply started = start(karin, "Karin Delat", "Larmvägen 3");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, karin, TASK_KONTROLLERA_FYSISKA_NYCKLAR, keys(karin, false));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_LAS_FINNS_REDAN);
    JsonNode record = driver().registry(karin);
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-6031");
    assertThat(BrukareRecord.linkedPersonnummer(record)).containsExactlyInAnyOrder(johan, karin);
    assertThat(BrukareRecord.keyIssuedTo(record, "LARMGRUPP").path("keyNumber").asText())
        .isEqualTo(larmgruppensNyckel(karin));
    assertThat(driver().tasks(staff(StaffGroup.LARMHANDLAGGARE), karin, TASK_BEDOM_INSTALLATION)).isEmpty();
  }

  @Test
  default void noInstallationLeavesAnNfcEtikettAndNoLock() {
    String lena = TestPersonnummer.of(605);
    Reply started = start(lena, "Lena Utanlas", "Larmvägen 5");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, lena, TASK_KONTROLLERA_FYSISKA_NYCKLAR, keys(lena, false));

    JsonNode bedom = driver().task(StaffGroup.LARMHANDLAGGARE, lena, TASK_BEDOM_INSTALLATION);
    driver().claim(StaffGroup.LARMHANDLAGGARE, bedom);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), bedom, Map.of()),
        "Saknas: installera digitalt lås");
    driver().assertStillOpen(bedom);
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), bedom, Map.of(
        INSTALLERA_LAS.name(), variable(false, "Boolean"),
        BESLUTSKOMMENTAR.name(), variable("Brukaren avböjer digitalt lås.", "String"))).code()).isEqualTo(204);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, lena, TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS,
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_INGEN_INSTALLATION);
    JsonNode record = driver().registry(lena);
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("none");
    assertThat(record.path("nfcTags")).singleElement()
        .satisfies(tag -> assertThat(tag.path("takenDownAt").isNull()).isTrue());
    assertThat(BrukareRecord.keyIssuedTo(record, "LARMGRUPP").path("holder").asText()).isEqualTo("LARMGRUPP");
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), lena, LasInstallation.TASK_BOKA_INSTALLATION)).isEmpty();
  }

  @Test
  default void oneRunningMonteringPerBrukareWhicheverRoutineStartedIt() {
    String maja = TestPersonnummer.of(606);
    assertThat(start(maja, "Maja Tvaganger", "Larmvägen 6").code()).isEqualTo(200);
    Reply again = start(maja, "Maja Tvaganger", "Larmvägen 6");
    RoutineDriver.assertRefused(again, "Det finns redan en pågående montering för brukaren");
    Reply byRoutine1 = new MonteringWalk(driver()).start(Order.of(maja, "Maja Tvaganger", "Larmvägen 6"));
    RoutineDriver.assertRefused(byRoutine1, "pågående montering");
    assertThat(driver().runningInstances(PROCESS_ID, maja)).isEqualTo(1);
    assertThat(driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, maja)).isZero();

    String nils = TestPersonnummer.of(607);
    Reply routine1 = new MonteringWalk(driver()).start(Order.of(nils, "Nils Forst", "Larmvägen 7"));
    assertThat(routine1.code()).as(routine1.json().toString()).isEqualTo(200);
    RoutineDriver.assertRefused(start(nils, "Nils Forst", "Larmvägen 7"), "pågående montering");
    assertThat(driver().runningInstances(PROCESS_ID, nils)).isZero();
  }

  @Test
  default void onlyTheLarmhandlaggareStartsItAndTheInsatsIsNotTheCallersToSet() {
    String olle = TestPersonnummer.of(608);
    assertThat(driver().start(staff(StaffGroup.HEMTJANSTUTFORARE), PROCESS_ID, request(olle, "Olle Fel", "Larmvägen 8"))
        .code()).isEqualTo(403);
    assertThat(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, request(olle, "Olle Fel", "Larmvägen 8"))
        .code()).isEqualTo(403);

    Map<String, Object> withInsats = request(olle, "Olle Fel", "Larmvägen 8");
    withInsats.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, withInsats),
        "insatsHemtjanst");
    assertThat(driver().runningInstances(PROCESS_ID, olle)).isZero();
  }

  @Test
  default void aRequestForTrygghetslarmKeepsTheHemtjanstTheRegistryHas() {
    String per = TestPersonnummer.of(609);
    new MonteringWalk(driver()).registerWithoutLock(
        new Order(per, "Per Hemtjanst", "Larmvägen 9", true, false, RoutineDriver.today().minusDays(30)));

    Reply started = start(per, "Per Hemtjanst", "Larmvägen 9");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);

    JsonNode brukare = driver().registry(per).path("brukare");
    assertThat(brukare.path("insatsHemtjanst").asBoolean()).as("as registered").isTrue();
    assertThat(brukare.path("insatsTrygghetslarm").asBoolean()).as("requested").isTrue();
  }

  private Reply start(String personnummer, String namn, String adress) {
    return driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, request(personnummer, namn, adress));
  }

  private static Map<String, Object> request(String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    // the postnummer MonteringWalk gives routine 1: one address, one household
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(TELEFON.name(), variable("070-111 22 33", "String"));
    return variables;
  }

  /** Task_KontrolleraFysiskaNycklar: the larmgrupp's keys are there, with their number. */
  private static Map<String, Object> keys(String personnummer, boolean harKodlas) {
    return Map.of(
        FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
        NYCKELNUMMER.name(), variable(larmgruppensNyckel(personnummer), "String"),
        HAR_KODLAS.name(), variable(harKodlas, "Boolean"));
  }

  private static String larmgruppensNyckel(String personnummer) {
    return "L-" + personnummer.substring(8);
  }
}
