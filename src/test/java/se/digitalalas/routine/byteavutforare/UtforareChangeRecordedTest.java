package se.digitalalas.routine.byteavutforare;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/** PT, byte av utförare: the new provider in the registry, the change in its history, a note. */
class UtforareChangeRecordedTest {

  private static final String AUTHOR = "Processen Byte av utförare";
  private static final String BERIT = "Berit Bistånd (berit)";

  private final UtforareRegistry utforare = mock(UtforareRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final CompletingStaff completingStaff = mock(CompletingStaff.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final UtforareChangeRecorded recorded =
      new UtforareChangeRecorded(utforare, notes, definitions, completingStaff, access);

  @Test
  void theNewProviderIsRegisteredByWhoCompletedAndTheChangeIsNoted() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    when(completingStaff.signature()).thenReturn(BERIT);

    recorded.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L,
        TIDIGARE_UTFORARE.name(), "Hemtjänst Norra", NY_UTFORARE.name(), "Omsorg Söder")));

    verify(utforare).change(7L, "Hemtjänst Norra", "Omsorg Söder", BERIT);
    verify(notes).write(7L, "Byte av utförare: från Hemtjänst Norra till Omsorg Söder. Låset sitter kvar.", AUTHOR);
    verifyNoMoreInteractions(utforare, notes);
    verify(access).changed(7L, "Registrerade byte av utförare", AccessChannel.DELEGATE);
    verify(access).changed(7L, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void withoutTheCheckedProvidersTheModelIsWrong() {
    assertThatThrownBy(() -> recorded.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L,
        TIDIGARE_UTFORARE.name(), "Hemtjänst Norra"))))
        .isInstanceOf(ProcessDataMissing.class);
    assertThatThrownBy(() -> recorded.execute(VariableScopes.execution(Map.of())))
        .isInstanceOf(ProcessDataMissing.class);
    verifyNoInteractions(utforare, notes, access);
  }
}
