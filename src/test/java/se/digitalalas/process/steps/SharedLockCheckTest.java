package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.LinkedBrukare;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/** sharedLockCheck: a cohabitant still linked to the lock keeps insatser, so the lock stays. */
class SharedLockCheckTest {

  static final long ASTRID = 7L;
  static final long BERTIL = 8L;
  static final long CECILIA = 9L;
  static final Lock LOCK = new Lock(11L, 3L, "PH-1001", Vendor.PHONIRO, LockStatus.INSTALLED,
      LocalDate.of(2026, 3, 2), null, "N-17");

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final LockRegistry locks = mock(LockRegistry.class);
  private final SharedLockCheck check = new SharedLockCheck(brukare, locks);

  @Test
  void aCohabitantWithInsatserKeepsTheLock() throws Exception {
    astridsLockIsAlsoLinkedTo(BERTIL);
    when(brukare.require(BERTIL)).thenReturn(brukare(BERTIL, true, false));

    assertThat(shared()).isTrue();
  }

  @Test
  void aCohabitantWithOnlyTrygghetslarmKeepsTheLockToo() throws Exception {
    astridsLockIsAlsoLinkedTo(BERTIL);
    when(brukare.require(BERTIL)).thenReturn(brukare(BERTIL, false, true));

    assertThat(shared()).isTrue();
  }

  @Test
  void aCohabitantWithoutInsatserDoesNotKeepTheLock() throws Exception {
    astridsLockIsAlsoLinkedTo(BERTIL);
    when(brukare.require(BERTIL)).thenReturn(brukare(BERTIL, false, false));

    assertThat(shared()).isFalse();
  }

  @Test
  void oneOfSeveralCohabitantsWithInsatserIsEnough() throws Exception {
    astridsLockIsAlsoLinkedTo(BERTIL, CECILIA);
    when(brukare.require(BERTIL)).thenReturn(brukare(BERTIL, false, false));
    when(brukare.require(CECILIA)).thenReturn(brukare(CECILIA, true, true));

    assertThat(shared()).isTrue();
  }

  @Test
  void aBrukareAloneOnTheLockDoesNotShareIt() throws Exception {
    astridsLockIsAlsoLinkedTo();

    assertThat(shared()).isFalse();
    verify(brukare, never()).require(anyLong());
  }

  @Test
  void withoutALinkedLockNothingIsShared() throws Exception {
    when(locks.lockLinkedTo(ASTRID)).thenReturn(Optional.empty());

    assertThat(shared()).isFalse();
    verify(locks, never()).othersLinked(anyLong(), anyLong());
  }

  @Test
  void theLeavingBrukaresOwnInsatserDoNotCount() throws Exception {
    astridsLockIsAlsoLinkedTo(BERTIL);
    when(brukare.require(ASTRID)).thenReturn(brukare(ASTRID, true, true));
    when(brukare.require(BERTIL)).thenReturn(brukare(BERTIL, false, false));

    assertThat(shared()).isFalse();
    verify(locks).othersLinked(LOCK.id(), ASTRID);
  }

  private boolean shared() throws Exception {
    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ASTRID));
    check.execute(execution);
    return (Boolean) execution.getVariable(LASET_DELAS.name());
  }

  private void astridsLockIsAlsoLinkedTo(long... others) {
    when(locks.lockLinkedTo(ASTRID)).thenReturn(Optional.of(LOCK));
    when(locks.othersLinked(LOCK.id(), ASTRID)).thenReturn(Arrays.stream(others)
        .mapToObj(id -> new LinkedBrukare(id, "19500101000" + id, "Sambo " + id, LocalDateTime.of(2026, 3, 2, 10, 0)))
        .toList());
  }

  static Brukare brukare(long id, boolean hemtjanst, boolean trygghetslarm) {
    return new Brukare(id, "19500101000" + id, "Sambo " + id, null, 3L, null, null, hemtjanst, trygghetslarm,
        null, null, null, null, null);
  }
}
