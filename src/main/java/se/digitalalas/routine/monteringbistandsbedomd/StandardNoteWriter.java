package se.digitalalas.routine.monteringbistandsbedomd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.note.StandardText;

/** Writes the standard text named by the input parameter standardtext, once per brukare. */
@Component("standardNoteWriter")
class StandardNoteWriter implements JavaDelegate {

  private final NoteRegistry notes;

  StandardNoteWriter(NoteRegistry notes) {
    this.notes = notes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    StandardText text = standardText(variables.standardtext());
    notes.writeOnce(variables.brukareId(), text.text(), MonteringProcess.AUTHOR);
  }

  private static StandardText standardText(String name) {
    try {
      return StandardText.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("Input parameter standardtext must name a StandardText, was "
          + name, e);
    }
  }
}
