package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * After Task_UppfoljningAvBeslut: the outcome (a new investigation written, or the decision ends)
 * is one of the two the form offers, and it is written on the kund as a note with the comment.
 */
@Component("decisionFollowUp")
class DecisionFollowUp implements JavaDelegate {

  static final Map<String, String> OUTCOMES = Map.of(
      "NY_UTREDNING", "Uppföljning av beslut: ny utredning skriven och nytt beslut fördelat.",
      "UPPHOR", "Uppföljning av beslut: beslutet upphör; avslut av kund för låsvredet ska startas.");

  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final BrukareAccess access;

  DecisionFollowUp(NoteRegistry notes, ProcessDefinitions definitions, BrukareAccess access) {
    this.notes = notes;
    this.definitions = definitions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = UPPFOLJNINGSBESLUT.from(execution).orElse("");
    String note = OUTCOMES.get(outcome);
    if (note == null) {
      throw new Refusal("Uppföljningen: välj om en ny utredning är skriven eller om beslutet upphör");
    }
    String kommentar = UPPFOLJNINGSKOMMENTAR.from(execution).orElse(null);
    String text = kommentar == null ? note : note + " " + kommentar;
    TextLimits.require(text, TextLimits.NOTE, "kommentar");
    long brukareId = BRUKARE_ID.require(execution);
    notes.write(brukareId, text, definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
