package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.note.StandardText;

/**
 * Writes the standard text named by the input parameter standardtext on the brukare, once, with
 * the running process as author.
 */
@Component("standardNoteWriter")
class StandardNoteWriter implements JavaDelegate {

  static final String STANDARDTEXT = "standardtext";

  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;

  StandardNoteWriter(NoteRegistry notes, ProcessDefinitions definitions) {
    this.notes = notes;
    this.definitions = definitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StandardText text = standardText(execution.getVariableLocal(STANDARDTEXT));
    notes.writeOnce(BRUKARE_ID.require(execution), text.text(), author(execution));
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
