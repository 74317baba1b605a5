package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.routine.monteringtrygghetslarm.MonteringTrygghetslarm;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.NedmonteringWalk;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The business key of every routine is a new case reference (DL-<year>-<number>), never the
 * personnummer; a called process carries its caller's. Routine 7's is in the Tunstall walkthrough.
 */
interface CaseReferenceWalkthrough extends ServiceUnderTest {

  @Test
  default void everyRoutineStartedIsNamedByANewCaseReferenceAndTheLockInstallationByItsCallers() {
    String kerstin = TestPersonnummer.of(800);
    Installed installed = new MonteringWalk(driver()).installLock(
        Order.of(kerstin, "Kerstin Ärende", "Ärendegatan 1"), "SN-800");
    String routine1 = businessKey(installed.routineId());
    assertThat(businessKey(driver().calledInstance(installed.routineId())))
        .as("las-installation, called by routine 1").isEqualTo(routine1);

    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    String routine2 = businessKey(nedmontering.cancel(kerstin));
    // one removal at a time per brukare: routine 4 for another
    String signe = TestPersonnummer.of(803);
    new MonteringWalk(driver()).registerWithoutLock(Order.of(signe, "Signe Ärende", "Ärendegatan 7"));
    String routine4 = businessKey(nedmontering.endTrygghetslarm(signe));

    String ragnar = TestPersonnummer.of(801);
    Reply started3 = driver().start(staff(StaffGroup.LARMHANDLAGGARE), MonteringTrygghetslarm.PROCESS_ID,
        request(ragnar, "Ragnar Ärende", "Ärendegatan 3"));
    assertThat(started3.code()).as(started3.json().toString()).isEqualTo(200);
    String routine3 = started3.json().path("businessKey").asText();
    assertThat(routine3).as("the start's answer names the case").isEqualTo(businessKey(started3.json().path("id").asText()));

    List<String> references = List.of(routine1, routine2, routine3, routine4);
    assertThat(references).allSatisfy(reference -> assertThat(reference).matches(CaseReference.FORMAT)
        .doesNotContain(kerstin.substring(2, 8), ragnar.substring(2, 8), signe.substring(2, 8)));
    assertThat(references).doesNotHaveDuplicates();
  }

  @Test
  default void noProcessThisServiceRanHasAPersonnummerForBusinessKey() {
    new MonteringWalk(driver()).start(Order.of(TestPersonnummer.of(802), "Sixten Ärende", "Ärendegatan 5"));

    List<String> keys = new ArrayList<>();
    for (JsonNode instance : driver().rest().get(admin(), "/engine-rest/history/process-instance").json()) {
      if (!instance.path("businessKey").isNull()) {
        keys.add(instance.path("businessKey").asText());
      }
    }
    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).matches(CaseReference.FORMAT));
  }

  private String businessKey(String processInstanceId) {
    Reply instance = driver().rest().get(admin(), "/engine-rest/history/process-instance/" + processInstanceId);
    assertThat(instance.code()).as(instance.json().toString()).isEqualTo(200);
    return instance.json().path("businessKey").asText();
  }

  private static Map<String, Object> request(String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    return variables;
  }
}
