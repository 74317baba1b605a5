package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.ServiceUnderTest;
import se.digitalalas.web.gate.TasklistSession;

/**
 * Tasklist's "Mina rutiner", {@code GET /api/mina-rutiner}, over real HTTP: the biståndshandläggare
 * sees what became of the routines she started (the end event a routine that ended at once
 * reached, the current step of one that runs, started in Tasklist or through REST), and nobody
 * else sees them.
 */
interface StartedRoutinesWalkthrough extends ServiceUnderTest {

  String PATH = "/api/mina-rutiner";

  @Test
  default void aStartThatEndsAtOnceShowsItsOutcomeToTheStarter() {
    String personnummer = TestPersonnummer.of(950);
    MonteringWalk walk = new MonteringWalk(driver());
    Order order = Order.of(personnummer, "Astrid Utfall", "Utfallsgatan 1");
    MonteringWalk.Installed installed = walk.installLock(order, "PH-UT950");

    Reply again = walk.start(order);
    assertThat(again.code()).as(again.json().toString()).isEqualTo(200);
    String routineId = again.json().path("id").asText();
    driver().assertEndedAt(routineId, MonteringBistandsbedomd.END_EVENT_LAS_FINNS_REDAN);

    Reply mine = driver().rest().get(staff(StaffGroup.BISTANDSHANDLAGGARE), PATH);
    assertThat(mine.code()).as(mine.json().toString()).isEqualTo(200);
    assertThat(mine.headers().getCacheControl()).contains("no-store");
    assertThat(mine.json().path("since").asText()).isNotBlank();
    JsonNode endedAtOnce = routine(mine.json(), routineId);
    assertThat(endedAtOnce.path("name").asText()).isEqualTo("Montering av digitalt lås – biståndsbedömda insatser");
    assertThat(endedAtOnce.path("brukare").asText()).isEqualTo("Astrid Utfall");
    assertThat(endedAtOnce.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(endedAtOnce.path("outcome").asText()).isEqualTo("Lås finns redan");
    assertThat(endedAtOnce.path("startTime").asText()).isNotBlank();
    assertThat(endedAtOnce.path("endTime").asText()).isNotBlank();
    assertThat(endedAtOnce.path("currentSteps")).isEmpty();
    JsonNode installation = routine(mine.json(), installed.routineId());
    assertThat(installation.path("outcome").asText()).isEqualTo("Digitalt lås installerat");
    assertThat(ids(mine.json()).indexOf(routineId)).as("newest first")
        .isLessThan(ids(mine.json()).indexOf(installed.routineId()));
    assertThat(mine.json().toString()).as("no personnummer in the list").doesNotContain(personnummer);
  }

  @Test
  default void aRunningStartShowsTheCurrentStepAndNobodyElseSeesIt() {
    String rest = TestPersonnummer.of(951);
    Reply started = new MonteringWalk(driver()).start(Order.of(rest, "Rune Rest", "Pågårvägen 2"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String restId = started.json().path("id").asText();
    Credentials berit = staff(StaffGroup.BISTANDSHANDLAGGARE);
    TasklistSession tasklist = TasklistSession.login(port(), berit.userId(), berit.password());
    String tasklistId = startInTasklist(tasklist, TestPersonnummer.of(952), "Tora Tasklist");

    TasklistSession.Reply mine = tasklist.get(PATH);

    assertThat(mine.code()).as(mine.json().toString()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    for (String id : List.of(restId, tasklistId)) {
      JsonNode running = routine(mine.json(), id);
      assertThat(running.path("state").asText()).isEqualTo("RUNNING");
      assertThat(running.path("outcome").isNull()).isTrue();
      assertThat(running.path("currentSteps")).singleElement().satisfies(step -> {
        assertThat(step.path("name").asText()).isEqualTo("Bedöm behov av digitalt lås");
        assertThat(step.path("groups").toString()).isEqualTo("[\"Hemtjänstutförare\"]");
      });
    }
    assertThat(routine(mine.json(), tasklistId).path("brukare").asText()).isEqualTo("Tora Tasklist");
    assertThat(ids(mine.json()).indexOf(tasklistId)).isLessThan(ids(mine.json()).indexOf(restId));

    for (StaffGroup other : List.of(StaffGroup.HEMTJANSTUTFORARE, StaffGroup.LARMHANDLAGGARE)) {
      Reply theirs = driver().rest().get(staff(other), PATH);
      assertThat(theirs.code()).isEqualTo(200);
      assertThat(ids(theirs.json())).as(other.id()).doesNotContain(restId, tasklistId);
      assertThat(theirs.json().toString()).doesNotContain("Rune Rest", "Tora Tasklist");
    }
    Reply administrator = driver().rest().get(admin(), PATH);
    assertThat(ids(administrator.json())).as("an administrator's list is their own starts too")
        .doesNotContain(restId, tasklistId);
    assertThat(driver().rest().get(null, PATH).code()).isEqualTo(401);
    assertThat(tasklist.getWithToken(PATH, "").code()).as("the session needs its token").isEqualTo(401);
  }

  /** The start as Tasklist's start dialog sends it, through the webapp's engine API with the session. */
  private String startInTasklist(TasklistSession tasklist, String personnummer, String namn) {
    String definitionId = driver().rest().get(admin(),
        "/engine-rest/process-definition/key/" + MonteringBistandsbedomd.PROCESS_ID).json().path("id").asText();
    Map<String, Object> form = new HashMap<>();
    form.put(PERSONNUMMER.name(), Map.of("value", personnummer));
    form.put(NAMN.name(), Map.of("value", namn));
    form.put(ADRESS.name(), Map.of("value", "Dialogvägen 3"));
    form.put(POSTNUMMER.name(), Map.of("value", "123 49"));
    form.put(ORT.name(), Map.of("value", "Småstad"));
    form.put(INSATS_HEMTJANST.name(), Map.of("value", true));
    form.put(INSATS_TRYGGHETSLARM.name(), Map.of("value", false));
    form.put(BESLUTSDATUM.name(), Map.of("value", "2026-11-20"));
    TasklistSession.Reply started = tasklist.post(
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form", Map.of("variables", form));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private static JsonNode routine(JsonNode answer, String processInstanceId) {
    for (JsonNode routine : answer.path("routines")) {
      if (routine.path("processInstanceId").asText().equals(processInstanceId)) {
        return routine;
      }
    }
    throw new AssertionError("no routine " + processInstanceId + " in " + answer);
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.path("routines").forEach(routine -> ids.add(routine.path("processInstanceId").asText()));
    return ids;
  }
}
