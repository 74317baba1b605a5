package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The routine montering-bistandsbedomd walked through the REST API by the staff of each group,
 * as Tasklist or an integration would, against the whole running service. The classes that
 * implement it choose the database and profile (ServiceOnH2, ServiceOnPostgres).
 */
interface MonteringBistandsbedomdWalkthrough extends ServiceUnderTest {

  @Test
  default void refusesAMalformedPersonnummerAndStartsNothing() {
    long before = driver().runningInstances(PROCESS_ID);

    Reply reply = start(staff(StaffGroup.BISTANDSHANDLAGGARE), "194001011231", "Felaktig Person",
        "Felgatan 1");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.message()).contains("personnummer");
    assertThat(driver().runningInstances(PROCESS_ID)).isEqualTo(before);
    Reply search = driver().rest().post(admin(), "/api/brukare/sok", Map.of("personnummer", "194001011231"));
    assertThat(search.code()).isEqualTo(400);
  }

  @Test
  default void onlyTheBistandshandlaggareStartsTheRoutine() {
    Reply reply = start(staff(StaffGroup.HEMTJANSTUTFORARE), "194107316780", "Gun Ström",
        "Ängsvägen 3");

    assertThat(reply.code()).isEqualTo(403);
  }

  @Test
  default void installsTheLockAndRefusesWhatWouldBreakTheRegistry() {
    String astrid = "194001011230";
    Reply started = start(staff(StaffGroup.BISTANDSHANDLAGGARE), "19400101-1230", "Astrid Andersson",
        "Storgatan 1");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String processInstanceId = started.json().path("id").asText();

    Reply second = start(staff(StaffGroup.BISTANDSHANDLAGGARE), astrid, "Astrid Andersson",
        "Storgatan 1");
    assertThat(second.code()).isEqualTo(400);
    assertThat(second.message()).contains("pågående");

    JsonNode bedom = driver().task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_BEDOM_LASBEHOV);
    assertThat(driver().tasklist(StaffGroup.HEMTJANSTUTFORARE)).contains("Bedöm behov av digitalt lås",
        "Astrid Andersson", "Storgatan 1");
    assertThat(driver().tasklist(StaffGroup.LARMHANDLAGGARE)).doesNotContain("Astrid Andersson");
    assertThat(driver().tasks(staff(StaffGroup.LARMHANDLAGGARE), astrid, TASK_BEDOM_LASBEHOV)).isEmpty();
    Reply foreign = driver().complete(staff(StaffGroup.LARMHANDLAGGARE), bedom, RestAnswers.lasbehov(false, false));
    assertThat(foreign.code()).isEqualTo(403);
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), astrid, TASK_BEDOM_LASBEHOV)).hasSize(1);

    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, bedom, RestAnswers.lasbehov(false, false));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_TA_IN_FYSISKA_NYCKLAR), Map.of(
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-4711", "String"),
            NYCKELNUMMER_LARMGRUPP.name(), variable("L-4711", "String")));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, astrid, TASK_PLANERA_INSTALLATION), Map.of());
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_SATT_UPP_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));

    OffsetDateTime booked = OffsetDateTime.parse("2026-12-01T09:30:00+01:00");
    JsonNode boka = driver().task(StaffGroup.MONTOR, astrid, LasInstallation.TASK_BOKA_INSTALLATION);
    driver().claim(StaffGroup.MONTOR, boka);
    Reply unbooked = driver().complete(staff(StaffGroup.MONTOR), boka, Map.of());
    assertThat(unbooked.code()).isEqualTo(400);
    assertThat(unbooked.message()).contains("bokad tid");
    assertThat(driver().complete(staff(StaffGroup.MONTOR), boka,
        Map.of(BOKAD_TID.name(), variable(RoutineDriver.REST_DATE.format(booked), "Date"))).code()).isEqualTo(204);
    JsonNode installera = driver().task(StaffGroup.MONTOR, astrid, LasInstallation.TASK_INSTALLERA_LAS);
    assertThat(OffsetDateTime.parse(installera.path("due").asText(), RoutineDriver.REST_DATE).toInstant())
        .isEqualTo(booked.toInstant());
    driver().claimAndComplete(StaffGroup.MONTOR, installera, RestAnswers.installation("PH-1001"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_TA_NED_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));

    driver().assertEndedAt(processInstanceId, END_EVENT_LAS_INSTALLERAT);
    JsonNode brukare = driver().registry(astrid);
    assertThat(brukare.toString()).contains("PH-1001", "N-4711", "L-4711", "INSTALLED");
    assertDigitalaLasMessageDelivered(brukare);

    String cohabitant = "194001612383";
    Reply cohabitantStart = start(staff(StaffGroup.BISTANDSHANDLAGGARE), cohabitant,
        "Bertil Andersson", "Storgatan 1");
    assertThat(cohabitantStart.code()).isEqualTo(200);
    driver().assertEndedAt(cohabitantStart.json().path("id").asText(), END_EVENT_LAS_FINNS_REDAN);
    assertThat(driver().registry(cohabitant).path("lock").path("linkedBrukare").toString())
        .contains("Astrid Andersson", "Bertil Andersson");

    String bo = "193805142340";
    start(staff(StaffGroup.BISTANDSHANDLAGGARE), bo, "Bo Berg", "Lillgatan 9");
    walkToInstallation(bo);
    JsonNode secondLock = driver().task(StaffGroup.MONTOR, bo, LasInstallation.TASK_INSTALLERA_LAS);
    driver().claim(StaffGroup.MONTOR, secondLock);
    Reply taken = driver().complete(staff(StaffGroup.MONTOR), secondLock, RestAnswers.installation("PH-1001"));
    assertThat(taken.code()).isEqualTo(400);
    assertThat(taken.message()).contains("PH-1001");
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), bo, LasInstallation.TASK_INSTALLERA_LAS)).hasSize(1);
    assertThat(driver().complete(staff(StaffGroup.MONTOR), secondLock, RestAnswers.installation("PH-1002")).code())
        .isEqualTo(204);
    assertThat(driver().registry(bo).toString()).contains("PH-1002");
  }

  @Test
  default void aKodlasEndsTheRoutineWithTheStandardNoteAndIsRememberedForTheDoor() {
    String cecilia = "195212243454";
    Reply started = start(staff(StaffGroup.BISTANDSHANDLAGGARE), cecilia, "Cecilia Ek",
        "Kvarngatan 5");
    JsonNode bedom = driver().task(StaffGroup.HEMTJANSTUTFORARE, cecilia, TASK_BEDOM_LASBEHOV);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, bedom);

    Map<String, Object> keysWithoutNumber = new HashMap<>(RestAnswers.lasbehov(false, false));
    keysWithoutNumber.put(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"));
    Reply refused = driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), bedom, keysWithoutNumber);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.message()).contains("nyckelnummer");

    assertThat(driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), bedom, RestAnswers.lasbehov(true, false)).code())
        .isEqualTo(204);
    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(driver().registry(cecilia).toString())
        .contains("Har kodlås på ytterdörr. Digitalt lås kan inte installeras.");

    String dag = "194503034565";
    Reply neighbour = start(staff(StaffGroup.BISTANDSHANDLAGGARE), dag, "Dag Ek", "Kvarngatan 5");
    driver().assertEndedAt(neighbour.json().path("id").asText(), END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), dag, TASK_BEDOM_LASBEHOV)).isEmpty();
  }

  private void walkToInstallation(String personnummer) {
    Map<String, Object> withKeys = new HashMap<>(RestAnswers.lasbehov(false, false));
    withKeys.put(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"));
    withKeys.put(NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_BEDOM_LASBEHOV), withKeys);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, personnummer, TASK_PLANERA_INSTALLATION), Map.of());
    driver().claimAndComplete(StaffGroup.MONTOR, driver().task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_BOKA_INSTALLATION),
        Map.of(BOKAD_TID.name(), variable("2026-12-02T13:00:00.000+0100", "Date")));
  }



  private Reply start(Credentials who, String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 45", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(TELEFON.name(), variable("070-123 45 67", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return driver().start(who, PROCESS_ID, variables);
  }
}
