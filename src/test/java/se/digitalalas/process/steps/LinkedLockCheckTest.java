package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/** linkedLockCheck: Task_KontrolleraLas of processes 2 and 4. */
class LinkedLockCheckTest {

  private static final long ID = StepFixtures.BRUKARE_ID;

  private final LockRegistry locks = mock(LockRegistry.class);
  private final LinkedLockCheck check = new LinkedLockCheck(locks);

  @Test
  void anInstalledLockLinkedToTheBrukareIsNamedForTheRemoval() throws Exception {
    when(locks.lockLinkedTo(ID)).thenReturn(Optional.of(lock(LockStatus.INSTALLED, Vendor.TUNSTALL)));
    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

    check.execute(execution);

    assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(true);
    assertThat(execution.getVariable(SERIENUMMER.name())).isEqualTo("PH-1001");
    assertThat(execution.getVariable(LEVERANTOR.name())).isEqualTo("TUNSTALL");
  }

  @Test
  void noLinkedLockIsNoLock() throws Exception {
    when(locks.lockLinkedTo(ID)).thenReturn(Optional.empty());
    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

    check.execute(execution);

    assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(false);
    assertThat(execution.hasVariable(SERIENUMMER.name())).isFalse();
    assertThat(execution.hasVariable(LEVERANTOR.name())).isFalse();
  }

  @Test
  void aLockThatIsOnlyOrderedIsNotOnTheDoor() throws Exception {
    when(locks.lockLinkedTo(ID)).thenReturn(Optional.of(lock(LockStatus.ORDERED, Vendor.PHONIRO)));
    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

    check.execute(execution);

    assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(false);
    assertThat(execution.hasVariable(SERIENUMMER.name())).isFalse();
  }

  @Test
  void withoutBrukareIdTheModelIsWrong() {
    assertThatThrownBy(() -> check.execute(VariableScopes.execution(Map.of())))
        .isInstanceOf(ProcessDataMissing.class);
    verifyNoInteractions(locks);
  }

  private static Lock lock(LockStatus status, Vendor vendor) {
    return new Lock(11L, StepFixtures.HOUSEHOLD_ID, "PH-1001", vendor, status,
        status == LockStatus.INSTALLED ? LocalDate.of(2026, 3, 2) : null, null, "N-17");
  }
}
