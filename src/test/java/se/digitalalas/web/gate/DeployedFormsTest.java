package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.InMemoryProcessEngine;

/** Which answers a task's and a start's Camunda Form asks, against the engine's own deployments (H2). */
class DeployedFormsTest {

  @RegisterExtension
  static ProcessEngineExtension extension = InMemoryProcessEngine.extension();

  private ProcessEngine engine;
  private DeployedForms forms;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void forms() {
    engine = extension.getProcessEngine();
    forms = new DeployedForms(engine.getFormService(), engine.getTaskService(), engine.getRepositoryService(),
        engine.getIdentityService(), engine);
  }

  @AfterEach
  void undeploy() {
    engine.getIdentityService().clearAuthentication();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aTaskAsksWhatItsFormAsks() {
    deploy(process(), form("gate-test-uppgift", "nyckelnummer"), form("gate-test-start", "adress"));
    String task = startAndTask();

    FormFields fields = forms.ofTask(task).orElseThrow();

    assertThat(fields.asksFor("nyckelnummer")).isTrue();
    assertThat(fields.asksFor("adress")).isFalse();
  }

  @Test
  void aNewerFormIsWhatBindingLatestAsksFromThen() {
    deploy(process(), form("gate-test-uppgift", "nyckelnummer"), form("gate-test-start", "adress"));
    String task = startAndTask();
    assertThat(forms.ofTask(task).orElseThrow().asksFor("nyckelnummer")).isTrue();

    deploy(null, form("gate-test-uppgift", "kvittensnummer"), form("gate-test-start", "postnummer"));

    FormFields fields = forms.ofTask(task).orElseThrow();
    assertThat(fields.asksFor("kvittensnummer")).isTrue();
    assertThat(fields.asksFor("nyckelnummer")).isFalse();
    FormFields start = forms.ofStart(new Route.Start(null, "gate-test", null)).orElseThrow();
    assertThat(start.asksFor("postnummer")).isTrue();
    assertThat(start.asksFor("adress")).isFalse();
  }

  @Test
  void theStartAsksWhatTheStartFormAsksByKeyAndById() {
    String deployment = deploy(process(), form("gate-test-uppgift", "nyckelnummer"), form("gate-test-start", "adress"));
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment)
        .singleResult().getId();

    assertThat(forms.ofStart(new Route.Start(null, "gate-test", null)).orElseThrow().asksFor("adress")).isTrue();
    assertThat(forms.ofStart(new Route.Start(definitionId, null, null)).orElseThrow().asksFor("adress")).isTrue();
  }

  @Test
  void noSuchTaskOrProcessIsEmptyAndATaskWithoutAFormAsksNothing() {
    deploy(Bpmn.createExecutableProcess("gate-test-utan").camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_UtanFormular").endEvent().done());
    engine.getRuntimeService().startProcessInstanceByKey("gate-test-utan");
    String task = engine.getTaskService().createTaskQuery().singleResult().getId();

    assertThat(forms.ofTask("no-such-task")).isEmpty();
    assertThat(forms.ofStart(new Route.Start(null, "no-such-process", null))).isEmpty();
    assertThat(forms.ofTask(task)).contains(FormFields.NONE);
    assertThat(forms.ofStart(new Route.Start(null, "gate-test-utan", null))).contains(FormFields.NONE);
  }

  @Test
  void theCallersAuthenticationIsBackAfterTheLookup() {
    deploy(process(), form("gate-test-uppgift", "nyckelnummer"), form("gate-test-start", "adress"));
    String task = startAndTask();
    engine.getIdentityService().setAuthentication("hanna", List.of("hemtjanstutforare"));

    forms.ofTask(task);

    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    assertThat(caller.getUserId()).isEqualTo("hanna");
    assertThat(caller.getGroupIds()).containsExactly("hemtjanstutforare");
  }

  private String startAndTask() {
    engine.getRuntimeService().startProcessInstanceByKey("gate-test");
    return engine.getTaskService().createTaskQuery().singleResult().getId();
  }

  private static BpmnModelInstance process() {
    return Bpmn.createExecutableProcess("gate-test").camundaHistoryTimeToLive(1)
        .startEvent().camundaFormRef("gate-test-start").camundaFormRefBinding("latest")
        .userTask("Task_Uppgift").camundaFormRef("gate-test-uppgift").camundaFormRefBinding("latest")
        .endEvent().done();
  }

  private static String[] form(String id, String field) {
    return new String[] {id + ".form", """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "%s", "label": "%s"}]}""".formatted(id, field, field)};
  }

  private String deploy(BpmnModelInstance process, String[]... resources) {
    var builder = engine.getRepositoryService().createDeployment();
    if (process != null) {
      builder.addModelInstance("gate-test.bpmn", process);
    }
    for (String[] resource : resources) {
      builder.addString(resource[0], resource[1]);
    }
    String id = builder.deploy().getId();
    deployments.add(id);
    return id;
  }
}
