package se.digitalalas.routine.monteringbistandsbedomd;

import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;
import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;

/**
 * The routine montering-bistandsbedomd walked through the REST API by the staff of each group,
 * as Tasklist or an integration would, against the whole running service. Subclasses choose the
 * database and where the staff come from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.wait-time-in-millis=100",
    "camunda.bpm.job-execution.max-wait=500"})
abstract class MonteringBistandsbedomdWalkthrough {

  static final String PROCESS = MonteringBistandsbedomd.PROCESS_ID;
  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort
  int port;

  EngineRestClient rest;

  abstract Credentials staff(StaffGroup group);

  abstract Credentials admin();

  abstract void assertDigitalaLasMessage(JsonNode brukare, String personnummer);

  @BeforeEach
  void connect() {
    rest = new EngineRestClient(port);
  }

  @Test
  void everyApiRequiresAuthentication() {
    assertThat(rest.get(null, "/engine-rest/task").code()).isEqualTo(401);
    assertThat(rest.post(null, "/api/brukare/sok", Map.of("personnummer", "194001011230")).code())
        .isEqualTo(401);
    assertThat(rest.get(new Credentials("okand", "fel"), "/engine-rest/task").code()).isEqualTo(401);
    assertThat(rest.get(staff(StaffGroup.BISTANDSHANDLAGGARE), "/engine-rest/task").code())
        .isEqualTo(200);
  }

  @Test
  void refusesAMalformedPersonnummerAndStartsNothing() {
    long before = runningInstances();

    Reply reply = start(staff(StaffGroup.BISTANDSHANDLAGGARE), "194001011231", "Felaktig Person",
        "Felgatan 1");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.message()).contains("personnummer");
    assertThat(runningInstances()).isEqualTo(before);
    Reply search = rest.post(admin(), "/api/brukare/sok", Map.of("personnummer", "194001011231"));
    assertThat(search.code()).isEqualTo(400);
  }

  @Test
  void onlyTheBistandshandlaggareStartsTheRoutine() {
    Reply reply = start(staff(StaffGroup.HEMTJANSTUTFORARE), "194107316780", "Gun Ström",
        "Ängsvägen 3");

    assertThat(reply.code()).isEqualTo(403);
  }

  @Test
  void installsTheLockAndRefusesWhatWouldBreakTheRegistry() {
    String astrid = "194001011230";
    Reply started = start(staff(StaffGroup.BISTANDSHANDLAGGARE), "19400101-1230", "Astrid Andersson",
        "Storgatan 1");
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String processInstanceId = started.json().path("id").asText();

    Reply second = start(staff(StaffGroup.BISTANDSHANDLAGGARE), astrid, "Astrid Andersson",
        "Storgatan 1");
    assertThat(second.code()).isEqualTo(400);
    assertThat(second.message()).contains("pågående");

    JsonNode bedom = task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_BEDOM_LASBEHOV);
    assertThat(tasklist(StaffGroup.HEMTJANSTUTFORARE)).contains("Bedöm behov av digitalt lås",
        "Astrid Andersson", "Storgatan 1");
    assertThat(tasklist(StaffGroup.LARMHANDLAGGARE)).doesNotContain("Astrid Andersson");
    assertThat(tasks(staff(StaffGroup.LARMHANDLAGGARE), astrid, TASK_BEDOM_LASBEHOV)).isEmpty();
    Reply foreign = complete(staff(StaffGroup.LARMHANDLAGGARE), bedom, checkpoints(false, false));
    assertThat(foreign.code()).isEqualTo(403);
    assertThat(tasks(staff(StaffGroup.HEMTJANSTUTFORARE), astrid, TASK_BEDOM_LASBEHOV)).hasSize(1);

    claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, bedom, checkpoints(false, false));
    claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_TA_IN_FYSISKA_NYCKLAR), Map.of(
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-4711", "String"),
            NYCKELNUMMER_LARMGRUPP.name(), variable("L-4711", "String")));
    claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        task(StaffGroup.LARMHANDLAGGARE, astrid, TASK_PLANERA_INSTALLATION), Map.of());
    claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_SATT_UPP_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));

    OffsetDateTime booked = OffsetDateTime.parse("2026-12-01T09:30:00+01:00");
    claimAndComplete(StaffGroup.MONTOR, task(StaffGroup.MONTOR, astrid, LasInstallation.TASK_BOKA_INSTALLATION),
        Map.of(BOKAD_TID.name(), variable(REST_DATE.format(booked), "Date")));
    JsonNode installera = task(StaffGroup.MONTOR, astrid, LasInstallation.TASK_INSTALLERA_LAS);
    assertThat(OffsetDateTime.parse(installera.path("due").asText(), REST_DATE).toInstant())
        .isEqualTo(booked.toInstant());
    claimAndComplete(StaffGroup.MONTOR, installera, installation("PH-1001"));
    claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        task(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_TA_NED_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));

    assertEndedAt(processInstanceId, END_EVENT_LAS_INSTALLERAT);
    JsonNode brukare = registry(astrid);
    assertThat(brukare.toString()).contains("PH-1001", "N-4711", "L-4711", "INSTALLED");
    assertDigitalaLasMessage(brukare, astrid);

    String cohabitant = "194001612383";
    Reply cohabitantStart = start(staff(StaffGroup.BISTANDSHANDLAGGARE), cohabitant,
        "Bertil Andersson", "Storgatan 1");
    assertThat(cohabitantStart.code()).isEqualTo(200);
    assertEndedAt(cohabitantStart.json().path("id").asText(), END_EVENT_LAS_FINNS_REDAN);

    String bo = "193805142340";
    start(staff(StaffGroup.BISTANDSHANDLAGGARE), bo, "Bo Berg", "Lillgatan 9");
    walkToInstallation(bo);
    JsonNode secondLock = task(StaffGroup.MONTOR, bo, LasInstallation.TASK_INSTALLERA_LAS);
    claim(StaffGroup.MONTOR, secondLock);
    Reply taken = complete(staff(StaffGroup.MONTOR), secondLock, installation("PH-1001"));
    assertThat(taken.code()).isEqualTo(400);
    assertThat(taken.message()).contains("PH-1001");
    assertThat(tasks(staff(StaffGroup.MONTOR), bo, LasInstallation.TASK_INSTALLERA_LAS)).hasSize(1);
    assertThat(complete(staff(StaffGroup.MONTOR), secondLock, installation("PH-1002")).code())
        .isEqualTo(204);
    assertThat(registry(bo).toString()).contains("PH-1002");
  }

  @Test
  void aKodlasEndsTheRoutineWithTheStandardNoteAndIsRememberedForTheDoor() {
    String cecilia = "195212243454";
    Reply started = start(staff(StaffGroup.BISTANDSHANDLAGGARE), cecilia, "Cecilia Ek",
        "Kvarngatan 5");
    JsonNode bedom = task(StaffGroup.HEMTJANSTUTFORARE, cecilia, TASK_BEDOM_LASBEHOV);
    claim(StaffGroup.HEMTJANSTUTFORARE, bedom);

    Map<String, Object> keysWithoutNumber = new HashMap<>(checkpoints(false, false));
    keysWithoutNumber.put(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"));
    Reply refused = complete(staff(StaffGroup.HEMTJANSTUTFORARE), bedom, keysWithoutNumber);
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.message()).contains("nyckelnummer");

    assertThat(complete(staff(StaffGroup.HEMTJANSTUTFORARE), bedom, checkpoints(true, false)).code())
        .isEqualTo(204);
    assertEndedAt(started.json().path("id").asText(), END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(registry(cecilia).toString())
        .contains("Har kodlås på ytterdörr. Digitalt lås kan inte installeras.");

    String dag = "194503034565";
    Reply neighbour = start(staff(StaffGroup.BISTANDSHANDLAGGARE), dag, "Dag Ek", "Kvarngatan 5");
    assertEndedAt(neighbour.json().path("id").asText(), END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(tasks(staff(StaffGroup.HEMTJANSTUTFORARE), dag, TASK_BEDOM_LASBEHOV)).isEmpty();
  }

  private void walkToInstallation(String personnummer) {
    Map<String, Object> withKeys = new HashMap<>(checkpoints(false, false));
    withKeys.put(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"));
    withKeys.put(NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"));
    claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_BEDOM_LASBEHOV), withKeys);
    claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        task(StaffGroup.LARMHANDLAGGARE, personnummer, TASK_PLANERA_INSTALLATION), Map.of());
    claimAndComplete(StaffGroup.MONTOR, task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_BOKA_INSTALLATION),
        Map.of(BOKAD_TID.name(), variable("2026-12-02T13:00:00.000+0100", "Date")));
  }

  private Map<String, Object> checkpoints(boolean harKodlas, boolean fysiskaNycklarFinns) {
    return Map.of(
        HAR_KODLAS.name(), variable(harKodlas, "Boolean"),
        FYSISKA_NYCKLAR_FINNS.name(), variable(fysiskaNycklarFinns, "Boolean"),
        OPPNAR_SJALV.name(), variable(false, "Boolean"),
        VILL_INTE_HA_LAS.name(), variable(false, "Boolean"));
  }

  private Map<String, Object> installation(String serienummer) {
    return Map.of(
        SERIENUMMER.name(), variable(serienummer, "String"),
        LEVERANTOR.name(), variable("PHONIRO", "String"),
        LAS_KOPPLAT_TILL_BRUKARE.name(), variable(true, "Boolean"),
        LASVRED_MARKT_MED_NYCKELNUMMER.name(), variable(true, "Boolean"),
        ARBETET_UTFORT.name(), variable(true, "Boolean"));
  }

  Reply start(Credentials who, String personnummer, String namn, String adress) {
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
    return rest.post(who, "/engine-rest/process-definition/key/" + PROCESS + "/start",
        Map.of("variables", variables));
  }

  private long runningInstances() {
    return rest.get(admin(), "/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS)
        .json().path("count").asLong();
  }

  List<JsonNode> tasks(Credentials who, String businessKey, String taskKey) {
    Reply reply = rest.get(who, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey);
    assertThat(reply.code()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    reply.json().forEach(found::add);
    return found;
  }

  /** What the group's member sees in Tasklist: their one filter, its tasks and columns. */
  String tasklist(StaffGroup group) {
    Reply filters = rest.get(staff(group), "/engine-rest/filter?resourceType=Task");
    assertThat(filters.json()).hasSize(1);
    assertThat(filters.json().get(0).path("name").asText()).isEqualTo(group.displayName());
    Reply list = rest.postHal(staff(group),
        "/engine-rest/filter/" + filters.json().get(0).path("id").asText() + "/list", Map.of());
    assertThat(list.code()).isEqualTo(200);
    return list.json().toString();
  }

  JsonNode task(StaffGroup group, String businessKey, String taskKey) {
    return await().atMost(Duration.ofSeconds(30))
        .until(() -> tasks(staff(group), businessKey, taskKey), list -> list.size() == 1)
        .get(0);
  }

  void claim(StaffGroup group, JsonNode task) {
    Reply reply = rest.post(staff(group), "/engine-rest/task/" + task.path("id").asText() + "/claim",
        Map.of("userId", staff(group).userId()));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(204);
  }

  Reply complete(Credentials who, JsonNode task, Map<String, Object> variables) {
    return rest.post(who, "/engine-rest/task/" + task.path("id").asText() + "/complete",
        Map.of("variables", variables));
  }

  void claimAndComplete(StaffGroup group, JsonNode task, Map<String, Object> variables) {
    claim(group, task);
    Reply reply = complete(staff(group), task, variables);
    assertThat(reply.code()).as(task.path("taskDefinitionKey") + ": " + reply.json()).isEqualTo(204);
  }

  void assertEndedAt(String processInstanceId, String endEventId) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      Reply instance = rest.get(admin(), "/engine-rest/history/process-instance/" + processInstanceId);
      assertThat(instance.json().path("state").asText()).isEqualTo("COMPLETED");
    });
    Reply ends = rest.get(admin(), "/engine-rest/history/activity-instance?processInstanceId="
        + processInstanceId + "&activityId=" + endEventId);
    assertThat(ends.json()).hasSize(1);
  }

  JsonNode registry(String personnummer) {
    Reply reply = rest.post(staff(StaffGroup.HEMTJANSTUTFORARE), "/api/brukare/sok",
        Map.of("personnummer", personnummer));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json();
  }
}
