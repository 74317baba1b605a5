package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/** LP §3b.2: hemtjänst remains, the record moves to hemtjänst, the lock stays. */
class MovedToHemtjanstTest {

  private static final String AUTHOR = "Processen Nedmontering av digitalt lås – trygghetslarm";

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final MovedToHemtjanst moved = new MovedToHemtjanst(brukare, notes, definitions, access);

  @Test
  void theRecordBecomesHemtjanstOnlyAndTheMoveIsNoted() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);

    moved.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), 7L)));

    verify(brukare).moveToHemtjanstOnly(7L);
    verify(notes).write(7L, "Trygghetslarmet avslutas. Hemtjänstinsatserna kvarstår: akten flyttad från "
        + "trygghetslarm till hemtjänst. Det digitala låset sitter kvar.", AUTHOR);
    verifyNoMoreInteractions(brukare, notes);
    verify(access).changed(7L, "Flyttade akten från trygghetslarm till hemtjänst", AccessChannel.DELEGATE);
    verify(access).changed(7L, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void withoutBrukareIdTheModelIsWrong() {
    assertThatThrownBy(() -> moved.execute(VariableScopes.execution(Map.of())))
        .isInstanceOf(ProcessDataMissing.class);
    verifyNoInteractions(brukare, notes, access);
  }
}
