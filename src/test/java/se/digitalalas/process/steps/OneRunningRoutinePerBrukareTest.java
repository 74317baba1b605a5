package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.running.RunningRoutineRegistry;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;

class OneRunningRoutinePerBrukareTest {

  private final RunningRoutineRegistry running = mock(RunningRoutineRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final OneRunningRoutinePerBrukare guard = new OneRunningRoutinePerBrukare(running, definitions);

  @BeforeEach
  void noRunningMontering() {
    when(definitions.routineKind(any())).thenReturn(MonteringBistandsbedomd.PROCESS_ID);
    when(definitions.name(any())).thenReturn("Montering av digitalt lås – biståndsbedömda insatser");
    when(running.start(anyLong(), any(), any())).thenReturn(true);
  }

  @Test
  void theStartIsRecordedAsTheBrukaresRunningRoutine() {
    guard.notify(startedFor(7L));

    verify(running).start(7L, MonteringBistandsbedomd.PROCESS_ID, "this");
  }

  @Test
  void aSecondRunningMonteringIsRefused() {
    when(running.start(7L, MonteringBistandsbedomd.PROCESS_ID, "this")).thenReturn(false);

    assertThatThrownBy(() -> guard.notify(startedFor(7L)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Det finns redan en pågående montering för brukaren");
  }

  @Test
  void theRoutineIsNamedAfterTheRunningProcess() {
    when(definitions.name(any())).thenReturn("Nedmontering av digitalt lås – biståndsbedömda insatser");
    when(running.start(anyLong(), any(), any())).thenReturn(false);

    assertThatThrownBy(() -> guard.notify(startedFor(7L)))
        .hasMessage("Det finns redan en pågående nedmontering för brukaren");
  }

  @Test
  void aModelMaySayHowItsRunningRoutineReads() {
    when(definitions.property(any(), eq("pagaendeRutin"))).thenReturn(Optional.of("ett pågående byte av utförare"));
    when(running.start(anyLong(), any(), any())).thenReturn(false);

    assertThatThrownBy(() -> guard.notify(startedFor(7L)))
        .hasMessage("Det finns redan ett pågående byte av utförare för brukaren");
  }

  @Test
  void withoutTheIntakesBrukareIdTheModelIsWrong() {
    assertThatThrownBy(() -> guard.notify(startedFor(null)))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class);
    verifyNoInteractions(running);
  }

  @Test
  void theEndOfAnyInstanceFreesItsBrukare() {
    DelegateExecution ended = startedFor(7L);

    new RunningRoutineEnd.EndListener(running).notify(ended);

    verify(running).end("this");
  }

  private static DelegateExecution startedFor(Long brukareId) {
    Map<String, Object> variables = new HashMap<>();
    if (brukareId != null) {
      variables.put(BRUKARE_ID.name(), brukareId);
    }
    DelegateExecution execution = VariableScopes.execution(variables);
    when(execution.getProcessInstanceId()).thenReturn("this");
    return execution;
  }
}
