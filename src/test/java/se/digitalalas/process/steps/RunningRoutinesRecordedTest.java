package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/** Against an engine of its own (H2), so that its running instances are the test's only. */
class RunningRoutinesRecordedTest {

  private static ProcessEngine engine;

  private final RunningRoutineRegistry running = mock(RunningRoutineRegistry.class);
  private RuntimeService runtimeService;
  private String deployment;

  @BeforeAll
  static void engine() {
    engine = InMemoryProcessEngine.configuration("running-routines-recorded").buildProcessEngine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void deploy() {
    runtimeService = spy(engine.getRuntimeService());
    deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("rutin.bpmn", Bpmn.createExecutableProcess("rutin").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Rutin").endEvent().done())
        .addModelInstance("med-delprocess.bpmn", Bpmn.createExecutableProcess("med-delprocess").camundaHistoryTimeToLive(1)
            .startEvent().callActivity("Task_Delprocess").calledElement("rutin").camundaIn("brukareId", "brukareId")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void routinesStartedBeforeTheTableExistedAreRecordedAtStartUp() {
    String old = start("rutin", Map.of("brukareId", 7L));
    String recordedAlready = start("rutin", Map.of("brukareId", 8L));
    String noBrukare = start("rutin", Map.of());
    String taskOnly = start("rutin", Map.of());
    engine.getTaskService().setVariableLocal(task(taskOnly), "brukareId", 9L);
    String parent = start("med-delprocess", Map.of("brukareId", 10L));
    String child = runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent).singleResult().getId();
    List<Collection<String>> asked = new ArrayList<>();
    when(running.recordedAmong(any())).thenAnswer(call -> {
      asked.add(List.copyOf(call.getArgument(0)));
      return Set.of(recordedAlready);
    });

    recorder().run(null);

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).containsExactlyInAnyOrder(old, recordedAlready, noBrukare, taskOnly, parent).doesNotContain(child);
    verify(runtimeService, times(1)).createVariableInstanceQuery();
    verify(running).start(7L, "rutin", old);
    verify(running).start(10L, "med-delprocess", parent);
    verify(running, times(2)).start(anyLong(), any(), any());
  }

  @Test
  void manyRunningRoutinesAreReadAPageAtATimeEachFromWhereTheLastEnded() {
    int routines = RunningRoutinesRecorded.PAGE + 3;
    List<String> all = IntStream.range(0, routines).mapToObj(i -> start("rutin", Map.of("brukareId", (long) i))).toList();
    List<Collection<String>> asked = new ArrayList<>();
    when(running.recordedAmong(any())).thenAnswer(call -> {
      Collection<String> ids = call.getArgument(0);
      asked.add(List.copyOf(ids));
      return Set.copyOf(ids);
    });

    recorder().run(null);

    assertThat(asked).extracting(Collection::size)
        .containsExactly(RunningRoutinesRecorded.PAGE, 3);
    assertThat(asked.stream().flatMap(Collection::stream)).containsExactlyInAnyOrderElementsOf(all);
    verify(runtimeService, never()).createVariableInstanceQuery();
    verify(running, never()).start(anyLong(), any(), any());
  }

  @Test
  void withNoRoutineRunningTheRegistryIsAskedOnceWithNone() {
    when(running.recordedAmong(any())).thenReturn(Set.of());

    recorder().run(null);

    verify(running).recordedAmong(List.of());
    verify(running, never()).start(anyLong(), any(), any());
  }

  private RunningRoutinesRecorded recorder() {
    return new RunningRoutinesRecorded(runtimeService, engine.getRepositoryService(), engine.getManagementService(), running);
  }

  private String start(String key, Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, variables);
    return instance.getId();
  }

  private String task(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }
}
