package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.registry.running.RunningRoutineRegistry;

class RunningRoutinesRecordedTest {

  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final RepositoryService repositoryService = mock(RepositoryService.class);
  private final RunningRoutineRegistry running = mock(RunningRoutineRegistry.class);
  private final ProcessInstanceQuery instances = mock(ProcessInstanceQuery.class, RETURNS_SELF);
  private final VariableInstanceQuery variables = mock(VariableInstanceQuery.class, RETURNS_SELF);

  @BeforeEach
  void engine() {
    when(runtimeService.createProcessInstanceQuery()).thenReturn(instances);
    when(runtimeService.createVariableInstanceQuery()).thenReturn(variables);
    ProcessDefinition definition = mock(ProcessDefinition.class);
    when(definition.getKey()).thenReturn("montering-bistandsbedomd");
    when(repositoryService.getProcessDefinition("definition")).thenReturn(definition);
  }

  @Test
  void routinesStartedBeforeTheTableExistedAreRecordedAtStartUp() {
    List<ProcessInstance> page = List.of(instance("old"), instance("recorded"), instance("no-brukare"), instance("task-only"));
    when(instances.listPage(0, RunningRoutinesRecorded.PAGE)).thenReturn(page);
    when(running.recordedAmong(List.of("old", "recorded", "no-brukare", "task-only"))).thenReturn(Set.of("recorded"));
    List<VariableInstance> brukareIds = List.of(
        variable("old", "old", null, 7L),
        variable("task-only", "task-only", "task-1", 8L),
        variable("task-only", "subprocess", null, 9L));
    when(variables.list()).thenReturn(brukareIds);

    new RunningRoutinesRecorded(runtimeService, repositoryService, running).run(null);

    verify(variables).processInstanceIdIn("old", "no-brukare", "task-only");
    verify(running).start(7L, "montering-bistandsbedomd", "old");
    verify(running, times(1)).start(anyLong(), any(), any());
  }

  @Test
  void manyRunningRoutinesAreReadAPageAtATimeWithAFewStatementsPerPage() {
    int routines = RunningRoutinesRecorded.PAGE + 2;
    List<ProcessInstance> all = IntStream.range(0, routines).mapToObj(i -> instance("instance-" + i)).toList();
    when(instances.listPage(anyInt(), anyInt())).thenAnswer(call -> {
      int first = call.getArgument(0);
      return all.subList(Math.min(first, routines), Math.min(first + (int) call.getArgument(1), routines));
    });
    List<Collection<String>> asked = new ArrayList<>();
    when(running.recordedAmong(any())).thenAnswer(call -> {
      Collection<String> ids = call.getArgument(0);
      asked.add(ids);
      return Set.copyOf(ids);
    });

    new RunningRoutinesRecorded(runtimeService, repositoryService, running).run(null);

    verify(instances, times(2)).listPage(anyInt(), eq(RunningRoutinesRecorded.PAGE));
    assertThat(asked).extracting(Collection::size)
        .containsExactly(RunningRoutinesRecorded.PAGE, 2);
    verify(runtimeService, never()).createVariableInstanceQuery();
    verify(running, never()).start(anyLong(), any(), any());
  }

  private static ProcessInstance instance(String id) {
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn(id);
    when(instance.getProcessDefinitionId()).thenReturn("definition");
    return instance;
  }

  private static VariableInstance variable(String processInstanceId, String executionId, String taskId, Object value) {
    VariableInstance variable = mock(VariableInstance.class);
    when(variable.getProcessInstanceId()).thenReturn(processInstanceId);
    when(variable.getExecutionId()).thenReturn(executionId);
    when(variable.getTaskId()).thenReturn(taskId);
    when(variable.getValue()).thenReturn(value);
    return variable;
  }
}
