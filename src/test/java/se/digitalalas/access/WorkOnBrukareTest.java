package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.InMemoryProcessEngine;

/** Open and ended tasks on a brukare, by candidate group and assignee, on an in-memory engine. */
class WorkOnBrukareTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final Staff HANNA = new Staff("hanna", List.of("hemtjanstutforare"), false);
  private static final Staff KIM = new Staff("kim", List.of("kommunvagledare"), false);
  private static final Staff MATS = new Staff("mats", List.of("montor"), false);

  private String instance;

  @BeforeEach
  void twoTasksForBrukare7() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("work-on-brukare").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_A").camundaCandidateGroups("hemtjanstutforare")
        .userTask("Task_B").camundaCandidateGroups("montor")
        .endEvent()
        .done();
    Deployment deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("work-on-brukare.bpmn", model).deploy();
    engine.manageDeployment(deployment);
    instance = engine.getRuntimeService()
        .startProcessInstanceByKey("work-on-brukare", Map.of("brukareId", 7L)).getId();
  }

  @AfterEach
  void signedOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void anOpenTaskOfOneOfTheGroupsIsWorkOnThatBrukareOnly() {
    assertThat(work(Clock.system(ZONE)).hadWork(HANNA, 7)).isTrue();
    assertThat(work(Clock.system(ZONE)).hadWork(HANNA, 8)).isFalse();
    assertThat(work(Clock.system(ZONE)).hadWork(KIM, 7)).isFalse();
    assertThat(work(Clock.system(ZONE)).hadWork(MATS, 7)).isFalse();
  }

  @Test
  void aClaimedTaskStaysTheGroupsWorkAndIsTheAssigneesToo() {
    engine.getTaskService().claim(taskA(), "omar");

    assertThat(work(Clock.system(ZONE)).hadWork(HANNA, 7)).isTrue();
    assertThat(work(Clock.system(ZONE)).hadWork(new Staff("omar", List.of(), false), 7)).isTrue();
  }

  @Test
  void anEndedTaskIsWorkForTheRecentPeriodOnly() {
    engine.getTaskService().complete(taskA());

    assertThat(work(Clock.system(ZONE)).hadWork(HANNA, 7)).isTrue();
    assertThat(work(Clock.system(ZONE)).hadWork(MATS, 7)).isTrue();
    Clock later = Clock.offset(Clock.system(ZONE), Duration.ofDays(31));
    assertThat(work(later).hadWork(HANNA, 7)).isFalse();
    assertThat(work(later).hadWork(MATS, 7)).as("Task_B is still open").isTrue();
  }

  @Test
  void theEngineIsAskedAsTheServiceAndTheCallersAuthenticationIsPutBack() {
    engine.getIdentityService().setAuthentication("kim", List.of("kommunvagledare"));

    assertThat(work(Clock.system(ZONE)).hadWork(HANNA, 7)).isTrue();

    Authentication after = engine.getIdentityService().getCurrentAuthentication();
    assertThat(after.getUserId()).isEqualTo("kim");
    assertThat(after.getGroupIds()).containsExactly("kommunvagledare");
  }

  private String taskA() {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_A")
        .singleResult().getId();
  }

  private static WorkOnBrukare work(Clock clock) {
    return new WorkOnBrukare(engine.getTaskService(), engine.getHistoryService(), engine.getIdentityService(),
        new AccessProperties(Period.ofDays(30), null), clock);
  }
}
