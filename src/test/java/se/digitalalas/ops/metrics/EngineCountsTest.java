package se.digitalalas.ops.metrics;

import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.security.StaffGroup;

/** The grouped counts over the engine's tables, against the engine's own schema and rows (H2). */
class EngineCountsTest {

  @RegisterExtension
  static ProcessEngineExtension extension = InMemoryProcessEngine.extension();

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private ProcessEngine engine;
  private JdbcClient jdbc;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void connect() {
    engine = extension.getProcessEngine();
    jdbc = JdbcClient.create(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    ClockUtil.reset();
  }

  @Test
  void eachStaffGroupHasItsOpenTasksAndThoseWhoseDueDateHasPassed() {
    deploy(Bpmn.createExecutableProcess("tasks").camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_Uppgift").camundaCandidateGroups("montor,larmhandlaggare").camundaDueDate("${due}")
        .endEvent().done());
    deploy(Bpmn.createExecutableProcess("other").camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_Annan").camundaCandidateGroups("not-a-staff-group").camundaCandidateUsers("berit")
        .endEvent().done());
    start("tasks", Map.of("due", Date.from(NOW.minus(Duration.ofHours(1)))));
    start("tasks", Map.of("due", Date.from(NOW.plus(Duration.ofHours(1)))));
    start("tasks", nullDue());
    start("other", Map.of());
    String claimed = engine.getTaskService().createTaskQuery().processDefinitionKey("tasks").list().get(0).getId();
    engine.getTaskService().claim(claimed, "mats");

    Map<StaffGroup, GroupTasks> counts = new OpenTaskCounts(jdbc).at(NOW);

    assertThat(counts).containsOnlyKeys(StaffGroup.values());
    assertThat(counts.get(StaffGroup.MONTOR)).isEqualTo(new GroupTasks(3, 1));
    assertThat(counts.get(StaffGroup.LARMHANDLAGGARE)).isEqualTo(new GroupTasks(3, 1));
    assertThat(counts.get(StaffGroup.BISTANDSHANDLAGGARE)).isEqualTo(GroupTasks.NONE);
    assertThat(new OpenTaskCounts(jdbc).at(NOW.plus(Duration.ofDays(1))).get(StaffGroup.MONTOR))
        .isEqualTo(new GroupTasks(3, 2));
  }

  @Test
  void aRemovalIsOverdueWhileTheLockIsStillUpAfterNedmonteringSenast() {
    deploy(waitingAt("removal-booking", LasNedmontering.TASK_BOKA_NEDMONTERING));
    deploy(waitingAt("removal-doing", LasNedmontering.TASK_NEDMONTERA_LAS));
    deploy(waitingAt("removal-done", "Task_KontrolleraFrankoppling"));
    Date passed = Date.from(NOW.minus(Duration.ofDays(1)));
    start("removal-booking", Map.of("nedmonteringSenast", passed));
    start("removal-booking", Map.of("nedmonteringSenast", Date.from(NOW.plus(Duration.ofDays(1)))));
    start("removal-doing", Map.of("nedmonteringSenast", passed));
    start("removal-done", Map.of("nedmonteringSenast", passed));

    assertThat(new OverdueRemovalCount(jdbc).at(NOW)).isEqualTo(2);
    assertThat(new OverdueRemovalCount(jdbc).at(NOW.minus(Duration.ofDays(2)))).isZero();
  }

  @Test
  void theBacklogIsWhatTheJobExecutorWouldAcquireAndJobsWithoutRetriesAreCountedApart() {
    ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofMinutes(10))));
    deploy(Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask("Task_Steg").camundaAsyncBefore().camundaExpression("${true}").endEvent().done());
    deploy(Bpmn.createExecutableProcess("timer").camundaHistoryTimeToLive(1).startEvent()
        .intermediateCatchEvent("Event_Senare").timerWithDate("2099-01-01T00:00:00").endEvent().done());
    for (int i = 0; i < 6; i++) {
      start("async", Map.of());
    }
    start("timer", Map.of());
    ClockUtil.reset();
    List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey("async").list();
    engine.getManagementService().setJobRetries(jobs.get(0).getId(), 0);
    engine.getManagementService().suspendJobById(jobs.get(1).getId());
    lock(jobs.get(2).getId(), NOW.plus(Duration.ofMinutes(5)));
    lock(jobs.get(3).getId(), NOW.minus(Duration.ofMinutes(5)));

    JobBacklog backlog = new JobBacklogCount(jdbc).at(NOW);

    assertThat(backlog.due()).as("two free, one whose lock expired").isEqualTo(3);
    assertThat(backlog.longestWait()).isEqualTo(Duration.ofMinutes(10));
    assertThat(backlog.withoutRetries()).isEqualTo(1);
  }

  @Test
  void withoutJobsNothingWaits() {
    assertThat(new JobBacklogCount(jdbc).at(NOW)).isEqualTo(new JobBacklog(0, Duration.ZERO, 0));
  }

  private static BpmnModelInstance waitingAt(String key, String taskId) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
        .userTask(taskId).camundaCandidateGroups("montor").endEvent().done();
  }

  private static Map<String, Object> nullDue() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("due", null);
    return variables;
  }

  private void deploy(BpmnModelInstance model) {
    deployments.add(engine.getRepositoryService().createDeployment()
        .addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator().next().getId() + ".bpmn", model)
        .deploy().getId());
  }

  private void start(String key, Map<String, Object> variables) {
    engine.getRuntimeService().startProcessInstanceByKey(key, variables);
  }

  private void lock(String jobId, Instant expiry) {
    jdbc.sql("update ACT_RU_JOB set LOCK_OWNER_ = 'another-node', LOCK_EXP_TIME_ = :expiry where ID_ = :id")
        .param("expiry", java.sql.Timestamp.from(expiry))
        .param("id", jobId)
        .update();
  }
}
