package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.note.StandardText;

/**
 * Writes the standard text named by the input parameter standardtext on the brukare, once, with
 * the running process as author; a note written goes into the access log.
 */
@Component("standardNoteWriter")
class StandardNoteWriter implements JavaDelegate {

  static final String STANDARDTEXT = "standardtext";

  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final BrukareAccess access;

  StandardNoteWriter(NoteRegistry notes, ProcessDefinitions definitions, BrukareAccess access) {
    this.notes = notes;
    this.definitions = definitions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StandardText text = standardText(execution.getVariableLocal(STANDARDTEXT));
    long brukareId = BRUKARE_ID.require(execution);
    if (notes.writeOnce(brukareId, text.text(), author(execution))) {
      access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }
  }

  private String author(DelegateExecution execution) {
    return "Processen " + definitions.name(execution);
  }

  private static StandardText standardText(Object name) {
    try {
      return StandardText.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Input parameter " + STANDARDTEXT + " must name a StandardText, was "
          + name, e);
    }
  }
}
