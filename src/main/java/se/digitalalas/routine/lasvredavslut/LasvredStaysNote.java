package se.digitalalas.routine.lasvredavslut;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * PT, "Avslut av kund men trygghetslarm kvar": the provider was told not to remove the låsvred; a
 * note on the kund says so, into the access log. Not one of LP's standard texts, so not
 * standardNoteWriter's.
 */
@Component("lasvredStaysNote")
class LasvredStaysNote implements JavaDelegate {

  static final String NOTE = "Avslut av kund med trygghetslarmet kvar: låsvredet sitter kvar. "
      + "Utföraren är informerad om att låsvredet inte ska nedmonteras.";

  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final BrukareAccess access;

  LasvredStaysNote(NoteRegistry notes, ProcessDefinitions definitions, BrukareAccess access) {
    this.notes = notes;
    this.definitions = definitions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    notes.write(brukareId, NOTE, definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
