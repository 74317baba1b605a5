package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/** brukareUnlink: the lock stays for the cohabitant; only the leaving brukare is unlinked. */
class BrukareUnlinkTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 15).atZone(ZONE).toInstant(), ZONE);
  static final String AUTHOR = "Processen Nedmontering av digitalt lås";

  private final LockRegistry locks = mock(LockRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final BrukareUnlink unlink = new BrukareUnlink(locks, notes, definitions, CLOCK, access);

  @BeforeEach
  void inLasNedmontering() {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
  }

  @Test
  void unlinksOnlyTheLeavingBrukareAndLeavesTheKeysAsRegistered() throws Exception {
    when(locks.lockLinkedTo(SharedLockCheckTest.ASTRID)).thenReturn(Optional.of(SharedLockCheckTest.LOCK));

    unlink.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), SharedLockCheckTest.ASTRID)));

    verify(locks).unlink(SharedLockCheckTest.LOCK.id(), SharedLockCheckTest.ASTRID);
    verify(locks, never()).remove(anyLong(), any());
    verify(notes).write(SharedLockCheckTest.ASTRID,
        "Frånkopplad från hushållets digitala lås (serienummer PH-1001) 2026-11-23. "
            + "Låset sitter kvar för sammanboende med insatser.",
        AUTHOR);
    verify(access).changed(SharedLockCheckTest.ASTRID, "Kopplade bort brukaren från låset", AccessChannel.DELEGATE);
    verify(access).changed(SharedLockCheckTest.ASTRID, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void withoutALinkedLockTheRoutineIsWrongAndNothingIsWritten() {
    when(locks.lockLinkedTo(SharedLockCheckTest.ASTRID)).thenReturn(Optional.empty());

    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), SharedLockCheckTest.ASTRID));

    assertThatThrownBy(() -> unlink.execute(execution))
        .isInstanceOf(ProcessDataMissing.class);
    verify(locks, never()).unlink(anyLong(), anyLong());
    verifyNoInteractions(notes, access);
  }
}
