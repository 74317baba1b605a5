package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * What callers may send to the engine (issue 6, items 1, 2 and the REST half of 9), over real
 * HTTP as staff: a task takes only its form's answers, a start only its start form's, and
 * nothing outside a form writes variables or moves tokens.
 */
interface InputGateWalkthrough extends ServiceUnderTest {

  String PROCESS = MonteringBistandsbedomd.PROCESS_ID;

  @Test
  default void aMontorCannotRedirectTheInstallationToAnotherBrukare() {
    String own = "194703121238";
    String other = "194703122343";
    start(own, "Ingrid Ås", "Åsvägen 1");
    long otherId = brukareId(start(other, "Olle Ös", "Ösvägen 2"));
    walkToInstallation(own);
    JsonNode installera = driver().task(StaffGroup.MONTOR, own, LasInstallation.TASK_INSTALLERA_LAS);
    driver().claim(StaffGroup.MONTOR, installera);

    Map<String, Object> redirected = new HashMap<>(RestAnswers.installation("PH-6601"));
    redirected.put(BRUKARE_ID.name(), variable(otherId, "Long"));
    Reply reply = driver().complete(staff(StaffGroup.MONTOR), installera, redirected);

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).isEqualTo("Refusal");
    assertThat(reply.message()).isEqualTo("Uppgiften tar inte emot: brukareId");
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), own, LasInstallation.TASK_INSTALLERA_LAS)).hasSize(1);
    assertThat(driver().registry(other).toString()).doesNotContain("PH-6601", "INSTALLED");
    assertThat(driver().registry(own).toString()).doesNotContain("PH-6601");

    assertThat(driver().complete(staff(StaffGroup.MONTOR), installera, RestAnswers.installation("PH-6601")).code())
        .isEqualTo(204);
    assertThat(driver().registry(own).toString()).contains("PH-6601");
    assertThat(driver().registry(other).toString()).doesNotContain("PH-6601");
  }

  @Test
  default void theNfcTagCannotBePutUpAtAnotherBrukare() {
    String own = "194804153452";
    String other = "194804154567";
    start(own, "Nils Nfc", "Nfcgatan 1");
    long otherId = brukareId(start(other, "Nora Nfc", "Nfcgatan 2"));
    walkToPlanning(own);
    JsonNode nfc = driver().task(StaffGroup.HEMTJANSTUTFORARE, own, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, nfc);

    Reply reply = driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), nfc, Map.of(
        NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean"),
        BRUKARE_ID.name(), variable(otherId, "Long")));

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Uppgiften tar inte emot: brukareId");
    assertThat(driver().registry(other).path("nfcTags")).isEmpty();
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), own,
        MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT)).hasSize(1);
  }

  @Test
  default void staffCannotSkipTheStartChecks() {
    long before = driver().runningInstances(PROCESS);
    Map<String, Object> body = new HashMap<>();
    body.put("variables", Map.of(PERSONNUMMER.name(), variable("not-a-pnr", "String")));
    body.put("skipCustomListeners", true);
    body.put("startInstructions", java.util.List.of(Map.of("type", "startBeforeActivity",
        "activityId", MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION)));

    Reply reply = driver().rest().post(staff(StaffGroup.BISTANDSHANDLAGGARE),
        "/engine-rest/process-definition/key/" + PROCESS + "/start", body);

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(403);
    assertThat(reply.json().path("type").asText()).isEqualTo("Forbidden");
    assertThat(reply.message()).startsWith("Endast administratörer får");
    assertThat(driver().runningInstances(PROCESS)).isEqualTo(before);
  }

  @Test
  default void aStartTakesOnlyItsFormsAnswers() {
    long before = driver().runningInstances(PROCESS);
    Map<String, Object> variables = brukare("194905165678", "Sixten Start", "Startgatan 1");
    variables.put(BRUKARE_ID.name(), variable(1L, "Long"));

    Reply reply = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS, variables);

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.message()).contains("brukareId");
    assertThat(driver().runningInstances(PROCESS)).isEqualTo(before);
  }

  @Test
  default void staffCannotWriteVariablesOutsideAForm() {
    String own = "194905166783";
    start(own, "Vera Variabel", "Variabelvägen 3");
    JsonNode bedom = driver().task(StaffGroup.HEMTJANSTUTFORARE, own, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, bedom);
    String taskId = bedom.path("id").asText();

    Reply put = driver().rest().put(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/engine-rest/task/" + taskId + "/variables/brukareId", variable(1L, "Long"));
    Reply modify = driver().rest().post(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/engine-rest/task/" + taskId + "/localVariables", Map.of("modifications",
            Map.of(BRUKARE_ID.name(), variable(1L, "Long"))));
    Reply named = driver().rest().put(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/engine-rest/engine/default/task/" + taskId + "/variables/brukareId", variable(1L, "Long"));

    for (Reply reply : java.util.List.of(put, modify, named)) {
      assertThat(reply.code()).as(reply.json().toString()).isEqualTo(403);
      assertThat(reply.json().path("type").asText()).isEqualTo("Forbidden");
    }
    Reply administered = driver().rest().put(admin(),
        "/engine-rest/task/" + taskId + "/localVariables/" + BESLUTSKOMMENTAR.name(), variable("Rättad", "String"));
    assertThat(administered.code()).as("camunda-admin administers").isEqualTo(204);
    Reply variable = driver().rest().get(admin(), "/engine-rest/task/" + taskId + "/variables/brukareId");
    assertThat(variable.json().path("value").asLong()).isNotEqualTo(1L);
    assertThat(driver().rest().get(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/engine-rest/task/" + taskId + "/variables").code()).isEqualTo(200);
  }

  @Test
  default void aQuestionAnsweredKanskeIsRefusedNamingTheField() {
    String own = "195006177892";
    start(own, "Kalle Kanske", "Kanskevägen 4");
    JsonNode bedom = driver().task(StaffGroup.HEMTJANSTUTFORARE, own, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, bedom);
    Map<String, Object> answers = new HashMap<>(RestAnswers.lasbehov(false, false));
    answers.put(HAR_KODLAS.name(), variable("kanske", "Boolean"));

    Reply reply = driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), bedom, answers);

    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Ogiltigt värde för " + HAR_KODLAS.label() + ": ange ja eller nej");
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), own,
        MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV)).hasSize(1);
  }

  /** The port the service under test listens on, for Tasklist's own API. */
  @Test
  default void tasklistsOwnApiTakesOnlyTheFormsAnswersToo() {
    String own = "195006178916";
    start(own, "Tora Tasklist", "Tasklistgatan 5");
    walkToPlanning(own);
    JsonNode nfc = driver().task(StaffGroup.HEMTJANSTUTFORARE, own, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, nfc);
    TasklistSession tasklist = TasklistSession.login(port(), staff(StaffGroup.HEMTJANSTUTFORARE).userId(),
        staff(StaffGroup.HEMTJANSTUTFORARE).password());
    String submit = "/camunda/api/engine/engine/default/task/" + nfc.path("id").asText() + "/submit-form";

    TasklistSession.Reply forged = tasklist.post(submit, Map.of("variables", Map.of(
        NFC_ETIKETT_UPPSATT.name(), Map.of("value", true),
        BRUKARE_ID.name(), Map.of("value", 1))));
    TasklistSession.Reply variableWrite = tasklist.post(
        "/camunda/api/engine/engine/default/task/" + nfc.path("id").asText() + "/variables",
        Map.of("modifications", Map.of(BRUKARE_ID.name(), Map.of("value", 1))));

    assertThat(forged.code()).as(forged.json().toString()).isEqualTo(400);
    assertThat(forged.message()).isEqualTo("Uppgiften tar inte emot: brukareId");
    assertThat(variableWrite.code()).as(variableWrite.json().toString()).isEqualTo(403);
    assertThat(variableWrite.json().path("type").asText()).isEqualTo("Forbidden");
    TasklistSession.Reply answered = tasklist.post(submit, Map.of("variables", Map.of(
        NFC_ETIKETT_UPPSATT.name(), Map.of("value", true))));
    assertThat(answered.code()).as(answered.json().toString()).isEqualTo(204);
    assertThat(driver().registry(own).path("nfcTags")).hasSize(1);
  }

  @Test
  default void tasklistStartsWithTheStartFormsAnswersAsTheFormSendsThem() {
    String definitionId = driver().rest().get(admin(), "/engine-rest/process-definition/key/" + PROCESS)
        .json().path("id").asText();
    TasklistSession tasklist = TasklistSession.login(port(), staff(StaffGroup.BISTANDSHANDLAGGARE).userId(),
        staff(StaffGroup.BISTANDSHANDLAGGARE).password());
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";
    Map<String, Object> form = new HashMap<>();
    form.put(PERSONNUMMER.name(), Map.of("value", "19510718-1231"));
    form.put(NAMN.name(), Map.of("value", "Stina Start"));
    form.put(ADRESS.name(), Map.of("value", "Formulärvägen 6"));
    form.put(POSTNUMMER.name(), Map.of("value", "123 49"));
    form.put(ORT.name(), Map.of("value", "Småstad"));
    form.put(TELEFON.name(), Map.of("value", ""));
    form.put(INSATS_HEMTJANST.name(), Map.of("value", true));
    form.put(INSATS_TRYGGHETSLARM.name(), Map.of("value", false));
    form.put(BESLUTSDATUM.name(), Map.of("value", "2026-11-20"));
    long before = driver().runningInstances(PROCESS);

    TasklistSession.Reply withBusinessKey = tasklist.post(submit, Map.of("variables", form, "businessKey", "x"));
    Map<String, Object> badDate = new HashMap<>(form);
    badDate.put(BESLUTSDATUM.name(), Map.of("value", "2026-13-45"));
    TasklistSession.Reply unreadableDate = tasklist.post(submit, Map.of("variables", badDate));

    assertThat(withBusinessKey.code()).as(withBusinessKey.json().toString()).isEqualTo(400);
    assertThat(withBusinessKey.message()).contains("businessKey");
    assertThat(unreadableDate.code()).as(unreadableDate.json().toString()).isEqualTo(400);
    assertThat(unreadableDate.message()).startsWith("Ogiltigt datum för beslutsdatum");
    assertThat(driver().runningInstances(PROCESS)).isEqualTo(before);
    TasklistSession.Reply started = tasklist.post(submit, Map.of("variables", form));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    assertThat(driver().registry("195107181231").toString()).contains("Stina Start");
  }

  private JsonNode start(String personnummer, String namn, String adress) {
    Reply reply = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS, brukare(personnummer, namn, adress));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json();
  }

  private long brukareId(JsonNode instance) {
    Reply reply = driver().rest().get(admin(),
        "/engine-rest/process-instance/" + instance.path("id").asText() + "/variables/" + BRUKARE_ID.name());
    assertThat(reply.code()).isEqualTo(200);
    return reply.json().path("value").asLong();
  }

  private void walkToPlanning(String personnummer) {
    Map<String, Object> withKeys = new HashMap<>(RestAnswers.lasbehov(false, false));
    withKeys.put(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"));
    withKeys.put(NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV), withKeys);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, personnummer, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION),
        Map.of());
  }

  private void walkToInstallation(String personnummer) {
    walkToPlanning(personnummer);
    driver().claimAndComplete(StaffGroup.MONTOR,
        driver().task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_BOKA_INSTALLATION),
        Map.of(BOKAD_TID.name(), variable("2026-12-02T13:00:00.000+0100", "Date")));
  }



  private static Map<String, Object> brukare(String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 49", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return variables;
  }
}
