package se.digitalalas.routine.lasnedmontering;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/** lockRemoval after Task_NedmonteraLas. */
class LockRemovalTest {

  private static final long ASTRID = 7L;
  private static final Lock LOCK = new Lock(11L, 3L, "PH-1001", Vendor.PHONIRO, LockStatus.INSTALLED,
      LocalDate.of(2026, 3, 2), null, "N-17");
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final Clock CLOCK =
      Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 15).atZone(ZONE).toInstant(), ZONE);
  private static final String AUTHOR = "Processen Nedmontering av digitalt lås";
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15);

  private final LockRegistry locks = mock(LockRegistry.class);
  private final KeyRegistry keys = mock(KeyRegistry.class);
  private final ReceiptRegistry receipts = mock(ReceiptRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final CompletingStaff staff = mock(CompletingStaff.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final LockRemoval removal =
      new LockRemoval(locks, keys, receipts, notes, staff, definitions, CLOCK, access);

  @BeforeEach
  void majaCompletesTheTask() {
    when(staff.signature()).thenReturn("Maja Montör (maja)");
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    when(keys.returnToBrukare(eq(ASTRID), any())).thenReturn(2);
  }

  @Test
  void theLockIsRemovedTodayTheKeysGoBackAndTheMontorSignsTheNyckelkvittens() throws Exception {
    when(locks.lockLinkedTo(ASTRID)).thenReturn(Optional.of(LOCK));

    removal.execute(confirmed(Map.of()));

    verify(locks).remove(LOCK.id(), LocalDate.of(2026, 11, 23));
    verify(keys).returnToBrukare(ASTRID, EnumSet.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP));
    verify(receipts).record(ASTRID, ReceiptKind.NYCKELKVITTENS, "Maja Montör (maja)", NOW, null);
    verify(notes).write(ASTRID, "Digitalt lås (serienummer PH-1001) nedmonterat 2026-11-23. "
        + "Dörren återställd med ordinarie låsvred. Nycklarna återlämnade till brukaren, nyckelkvittens signerad.",
        AUTHOR);
    verify(access).changed(ASTRID, "Registrerade nedmonterat lås", AccessChannel.DELEGATE);
    verify(access).changed(ASTRID, "Registrerade nycklar återlämnade till brukaren", AccessChannel.DELEGATE);
    verify(access).changed(ASTRID, "Registrerade nyckelkvittens", AccessChannel.DELEGATE);
    verify(access).changed(ASTRID, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void whenACohabitantsRemovalTookTheLockTheKeysAndTheReceiptAreStillRecorded() throws Exception {
    when(locks.lockLinkedTo(ASTRID)).thenReturn(Optional.empty());

    removal.execute(confirmed(Map.of()));

    verify(locks, never()).remove(anyLong(), any());
    verify(keys).returnToBrukare(ASTRID, EnumSet.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP));
    verify(receipts).record(ASTRID, ReceiptKind.NYCKELKVITTENS, "Maja Montör (maja)", NOW, null);
    verify(notes).write(ASTRID, "Hushållets digitala lås var redan nedmonterat. Nycklarna återlämnade till brukaren "
        + "2026-11-23, nyckelkvittens signerad.", AUTHOR);
    verify(access, never()).changed(ASTRID, "Registrerade nedmonterat lås", AccessChannel.DELEGATE);
    verify(access).changed(ASTRID, "Registrerade nyckelkvittens", AccessChannel.DELEGATE);
  }

  @Test
  void keysAlreadyWithTheBrukareAreNoKeyChange() throws Exception {
    when(locks.lockLinkedTo(ASTRID)).thenReturn(Optional.of(LOCK));
    when(keys.returnToBrukare(eq(ASTRID), any())).thenReturn(0);

    removal.execute(confirmed(Map.of()));

    verify(access, never()).changed(ASTRID, "Registrerade nycklar återlämnade till brukaren", AccessChannel.DELEGATE);
  }

  @Test
  void everyCheckpointMustBeConfirmedAndTheRefusalNamesTheMissing() {
    Map<String, Object> notAll = new HashMap<>();
    notAll.put(LARMNYCKLAR_ATERLAMNADE.name(), false);
    notAll.put(NYCKELKVITTENS_SIGNERAD.name(), null);

    assertThatThrownBy(() -> removal.execute(confirmed(notAll)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta kontrollpunkterna innan nedmonteringen registreras: "
            + "larmnycklarna återlämnade till brukaren, nyckelkvittensen signerad");
    nothingWritten();
  }

  @Test
  void noCheckpointConfirmedNamesThemAll() {
    DelegateExecution nothingConfirmed = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ASTRID));

    assertThatThrownBy(() -> removal.execute(nothingConfirmed))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta kontrollpunkterna innan nedmonteringen registreras: "
            + "låset frånkopplat från brukaren i Phoniro, dörren återställd med ordinarie låsvred, "
            + "larmnycklarna återlämnade till brukaren, nyckelkvittensen signerad, arbetet utfört");
    nothingWritten();
  }

  private void nothingWritten() {
    verify(locks, never()).remove(anyLong(), any());
    verifyNoInteractions(keys, receipts, notes, staff, access);
  }

  private static DelegateExecution confirmed(Map<String, Object> except) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BRUKARE_ID.name(), ASTRID);
    for (var checkpoint : new String[] {LAS_FRANKOPPLAT_FRAN_BRUKARE.name(), ORDINARIE_LASVRED_ATERSTALLT.name(),
        LARMNYCKLAR_ATERLAMNADE.name(), NYCKELKVITTENS_SIGNERAD.name(), ARBETET_UTFORT.name()}) {
      variables.put(checkpoint, true);
    }
    except.forEach((name, value) -> {
      if (value == null) {
        variables.remove(name);
      } else {
        variables.put(name, value);
      }
    });
    return VariableScopes.execution(variables);
  }
}
