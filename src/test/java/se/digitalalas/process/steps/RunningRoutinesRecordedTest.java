package se.digitalalas.process.steps;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.Test;
import se.digitalalas.registry.running.RunningRoutineRegistry;

class RunningRoutinesRecordedTest {

  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final RepositoryService repositoryService = mock(RepositoryService.class);
  private final RunningRoutineRegistry running = mock(RunningRoutineRegistry.class);

  @Test
  void routinesStartedBeforeTheTableExistedAreRecordedAtStartUp() {
    ProcessInstanceQuery query = mock(ProcessInstanceQuery.class);
    when(runtimeService.createProcessInstanceQuery()).thenReturn(query);
    when(query.rootProcessInstances()).thenReturn(query);
    List<ProcessInstance> instances = List.of(instance("old"), instance("recorded"), instance("no-brukare"));
    when(query.list()).thenReturn(instances);
    when(running.isRecorded("recorded")).thenReturn(true);
    when(runtimeService.getVariable("old", "brukareId")).thenReturn(7L);
    ProcessDefinition definition = mock(ProcessDefinition.class);
    when(definition.getKey()).thenReturn("montering-bistandsbedomd");
    when(repositoryService.getProcessDefinition("definition")).thenReturn(definition);

    new RunningRoutinesRecorded(runtimeService, repositoryService, running).run(null);

    verify(running).start(7L, "montering-bistandsbedomd", "old");
    verify(running, never()).start(anyLong(), any(), eq("recorded"));
    verify(running, never()).start(anyLong(), any(), eq("no-brukare"));
  }

  private static ProcessInstance instance(String id) {
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn(id);
    when(instance.getProcessDefinitionId()).thenReturn("definition");
    return instance;
  }
}
