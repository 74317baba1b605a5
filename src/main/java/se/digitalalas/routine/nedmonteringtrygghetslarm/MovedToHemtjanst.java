package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * LP §3b.2: hemtjänst remains, so the record moves from trygghetslarm to hemtjänst; lock and keys
 * stay. The move and the note go into the access log.
 */
@Component("movedToHemtjanst")
class MovedToHemtjanst implements JavaDelegate {

  static final String NOTE = "Trygghetslarmet avslutas. Hemtjänstinsatserna kvarstår: akten flyttad från "
      + "trygghetslarm till hemtjänst. Det digitala låset sitter kvar.";

  private final BrukareRegistry brukare;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final BrukareAccess access;

  MovedToHemtjanst(BrukareRegistry brukare, NoteRegistry notes, ProcessDefinitions definitions,
      BrukareAccess access) {
    this.brukare = brukare;
    this.notes = notes;
    this.definitions = definitions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    brukare.moveToHemtjanstOnly(brukareId);
    access.changed(brukareId, DelegateChanges.MOVED_TO_HEMTJANST, AccessChannel.DELEGATE);
    notes.write(brukareId, NOTE, definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
