package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;

class OneRunningRoutinePerBrukareTest {

  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final ProcessInstanceQuery query = mock(ProcessInstanceQuery.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final OneRunningRoutinePerBrukare guard = new OneRunningRoutinePerBrukare(runtimeService, definitions);

  @BeforeEach
  void noRunningMontering() {
    when(definitions.key(any())).thenReturn(MonteringBistandsbedomd.PROCESS_ID);
    when(definitions.name(any())).thenReturn("Montering av digitalt lås – biståndsbedömda insatser");
    when(runtimeService.createProcessInstanceQuery()).thenReturn(query);
    when(query.processDefinitionKey(MonteringBistandsbedomd.PROCESS_ID)).thenReturn(query);
    when(query.processInstanceBusinessKey("194403052386")).thenReturn(query);
    when(query.list()).thenReturn(List.of());
  }

  @Test
  void aSecondRunningMonteringIsRefused() {
    ProcessInstance running = mock(ProcessInstance.class);
    when(running.getId()).thenReturn("other");
    when(query.list()).thenReturn(List.of(running));

    assertThatThrownBy(() -> guard.notify(startedFor("194403052386")))
        .isInstanceOf(Refusal.class)
        .hasMessage("Det finns redan en pågående montering för brukaren");
  }

  @Test
  void theInstanceBeingStartedIsNotADuplicate() {
    ProcessInstance itself = mock(ProcessInstance.class);
    when(itself.getId()).thenReturn("this");
    when(query.list()).thenReturn(List.of(itself));

    guard.notify(startedFor("194403052386"));

    verify(query).processDefinitionKey(MonteringBistandsbedomd.PROCESS_ID);
  }

  @Test
  void theRoutineIsNamedAfterTheRunningProcess() {
    when(definitions.name(any())).thenReturn("Nedmontering av digitalt lås – biståndsbedömda insatser");
    ProcessInstance running = mock(ProcessInstance.class);
    when(running.getId()).thenReturn("other");
    when(query.list()).thenReturn(List.of(running));

    assertThatThrownBy(() -> guard.notify(startedFor("194403052386")))
        .hasMessage("Det finns redan en pågående nedmontering för brukaren");
  }

  @Test
  void withoutTheIntakesBusinessKeyTheModelIsWrong() {
    assertThatThrownBy(() -> guard.notify(startedFor(null))).isInstanceOf(IllegalStateException.class);
  }

  private static DelegateExecution startedFor(String businessKey) {
    DelegateExecution execution = VariableScopes.execution(Map.of());
    when(execution.getProcessInstanceId()).thenReturn("this");
    when(execution.getProcessBusinessKey()).thenReturn(businessKey);
    return execution;
  }
}
