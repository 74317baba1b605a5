package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

class HouseholdLockLinkTest {

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final LockRegistry locks = mock(LockRegistry.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final HouseholdLockLink link = new HouseholdLockLink(brukare, locks, access);

  @BeforeEach
  void astrid() {
    when(brukare.require(StepFixtures.BRUKARE_ID)).thenReturn(StepFixtures.astrid());
  }

  @Test
  void theBrukareIsLinkedToTheHouseholdsInstalledLock() throws Exception {
    when(locks.activeLockOfHousehold(StepFixtures.HOUSEHOLD_ID)).thenReturn(Optional.of(lock(LockStatus.INSTALLED)));
    when(locks.link(42L, StepFixtures.BRUKARE_ID)).thenReturn(true);

    link.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), StepFixtures.BRUKARE_ID)));

    verify(locks).link(42L, StepFixtures.BRUKARE_ID);
    verify(access).changed(StepFixtures.BRUKARE_ID, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
  }

  @Test
  void aBrukareAlreadyLinkedIsNoChange() throws Exception {
    when(locks.activeLockOfHousehold(StepFixtures.HOUSEHOLD_ID)).thenReturn(Optional.of(lock(LockStatus.INSTALLED)));
    when(locks.link(42L, StepFixtures.BRUKARE_ID)).thenReturn(false);

    link.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), StepFixtures.BRUKARE_ID)));

    verifyNoInteractions(access);
  }

  @Test
  void withoutAnInstalledLockTheModelIsWrong() {
    when(locks.activeLockOfHousehold(StepFixtures.HOUSEHOLD_ID)).thenReturn(Optional.of(lock(LockStatus.ORDERED)));

    assertThatThrownBy(() -> link.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), StepFixtures.BRUKARE_ID))))
        .isInstanceOf(IllegalStateException.class).isNotInstanceOf(Refusal.class);
    verify(locks, never()).link(anyLong(), anyLong());
    verifyNoInteractions(access);
  }

  private static Lock lock(LockStatus status) {
    return new Lock(42L, StepFixtures.HOUSEHOLD_ID, "PH-1001", Vendor.PHONIRO, status,
        status == LockStatus.INSTALLED ? LocalDate.of(2026, 11, 20) : null, null, "H-12");
  }
}
