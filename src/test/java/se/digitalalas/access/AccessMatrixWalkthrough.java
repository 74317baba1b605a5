package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The access matrix: every demo group and the administrator × every place a brukare's record
 * shows — {@code /api/brukare/{id}}, the Tasklist tab {@code /api/uppgifter/{taskId}/brukare}, and
 * the engine's variables and their history on {@code /engine-rest} — for a brukare whose routine 1
 * waits at hemtjänst's "Bedöm behov av digitalt lås". Each cell is allowed or refused as the README's
 * table says; the door details go only to the groups that go to the door.
 */
public interface AccessMatrixWalkthrough extends ServiceUnderTest {

  String ALVA = TestPersonnummer.of(612);

  /**
   * What one caller gets: the record on /api (and whether with the portkod), the tab, the engine's
   * variables through the task (the task's variables, the variable query) and through the
   * instance (the instance's variables, their history).
   */
  record Cell(boolean api, boolean door, boolean tab, boolean taskVariables, boolean instanceVariables) {

    static final Cell NOTHING = new Cell(false, false, false, false, false);

    @Override
    public String toString() {
      return "api=" + api + " door=" + door + " tab=" + tab + " taskVariables=" + taskVariables
          + " instanceVariables=" + instanceVariables;
    }
  }

  @Test
  default void everyGroupReadsTheRecordOnEveryChannelExactlyAsTheRuleSays() {
    start();
    JsonNode task = driver().task(StaffGroup.HEMTJANSTUTFORARE, ALVA, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV);
    long brukareId = driver().registry(ALVA).path("brukare").path("id").asLong();

    Map<String, Cell> expected = new LinkedHashMap<>();
    Map<String, Credentials> callers = new LinkedHashMap<>();
    for (StaffGroup group : StaffGroup.values()) {
      callers.put(group.id(), staff(group));
      expected.put(group.id(), Cell.NOTHING);
    }
    callers.put("administratör", admin());
    // the task's group: the record with the door details, the tab, the task's variables; the
    // instance and its history are the administrator's (operations in Cockpit)
    expected.put(StaffGroup.HEMTJANSTUTFORARE.id(), new Cell(true, true, true, true, false));
    // groups across all brukare read the record on /api; the task and its instance stay hemtjänst's
    expected.put(StaffGroup.LARMHANDLAGGARE.id(), new Cell(true, true, false, false, false));
    expected.put(StaffGroup.ENHETSCHEF.id(), new Cell(true, false, false, false, false));
    expected.put(StaffGroup.SYSTEMFORVALTARE.id(), new Cell(true, false, false, false, false));
    expected.put(StaffGroup.VALFARDSTEKNIK.id(), new Cell(true, false, false, false, false));
    expected.put("administratör", new Cell(true, true, true, true, true));

    Map<String, Cell> actual = new LinkedHashMap<>();
    callers.forEach((who, credentials) -> actual.put(who, cell(credentials, brukareId, task)));

    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  private Cell cell(Credentials who, long brukareId, JsonNode task) {
    Reply api = driver().rest().get(who, "/api/brukare/" + brukareId);
    assertThat(api.code()).as(who.userId() + " /api").isIn(200, 403);
    if (api.code() == 403) {
      assertThat(api.json().toString()).as("a refusal tells nothing of the brukare").doesNotContain(ALVA, "Alva");
    }
    boolean door = api.code() == 200 && "4711".equals(api.json().path("household").path("portkod").asText());
    Reply tab = driver().rest().get(who, "/api/uppgifter/" + task.path("id").asText() + "/brukare");
    assertThat(tab.code()).as(who.userId() + " tab").isIn(200, 403);
    if (tab.code() == 403) {
      assertThat(tab.json().toString()).doesNotContain(ALVA, "Alva");
    }
    return new Cell(api.code() == 200, door, tab.code() == 200, readsTaskVariables(who, task),
        readsInstanceVariables(who, task));
  }

  /** The task's variables and the variable query agree. */
  private boolean readsTaskVariables(Credentials who, JsonNode task) {
    Reply variables = driver().rest().get(who, "/engine-rest/task/" + task.path("id").asText() + "/variables");
    boolean byTask = variables.code() == 200 && variables.json().path("namn").path("value").asText().equals("Alva Matris");
    boolean byQuery = !driver().rest().get(who, "/engine-rest/variable-instance?processInstanceIdIn="
        + task.path("processInstanceId").asText()).json().isEmpty();
    assertThat(byQuery).as(who.userId() + ": the variable query as the task's variables").isEqualTo(byTask);
    return byTask;
  }

  /** The instance's variables and their history agree. */
  private boolean readsInstanceVariables(Credentials who, JsonNode task) {
    String instance = task.path("processInstanceId").asText();
    Reply variables = driver().rest().get(who, "/engine-rest/process-instance/" + instance + "/variables");
    boolean byInstance = variables.code() == 200 && variables.json().has("namn");
    boolean byHistory = !driver().rest().get(who, "/engine-rest/history/variable-instance?processInstanceId="
        + instance).json().isEmpty();
    assertThat(byHistory).as(who.userId() + ": the history as the instance's variables").isEqualTo(byInstance);
    return byInstance;
  }

  private void start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(ALVA, "String"));
    variables.put(NAMN.name(), variable("Alva Matris", "String"));
    variables.put(ADRESS.name(), variable("Matrisvägen 12", "String"));
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(PORTKOD.name(), variable("4711", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID, variables);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
  }
}
