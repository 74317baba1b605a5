package se.digitalalas.routine.byteavutforare;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * PT, byte av utförare: both providers informed, the new one becomes the brukare's provider in the
 * registry, the change goes into its history (by the biståndshandläggare who completed the last
 * task) and a note on the brukare says it. The lock and keys are not touched: the lock stays.
 */
@Component("utforareChangeRecorded")
class UtforareChangeRecorded implements JavaDelegate {

  private final UtforareRegistry utforare;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final CompletingStaff completingStaff;
  private final BrukareAccess access;

  UtforareChangeRecorded(UtforareRegistry utforare, NoteRegistry notes, ProcessDefinitions definitions,
      CompletingStaff completingStaff, BrukareAccess access) {
    this.utforare = utforare;
    this.notes = notes;
    this.definitions = definitions;
    this.completingStaff = completingStaff;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    // Both were checked at the start (utforareChangeRequest): their absence is a fault of the model.
    String tidigare = TIDIGARE_UTFORARE.from(execution)
        .orElseThrow(() -> new ProcessDataMissing(TIDIGARE_UTFORARE.name()));
    String ny = NY_UTFORARE.from(execution).orElseThrow(() -> new ProcessDataMissing(NY_UTFORARE.name()));
    utforare.change(brukareId, tidigare, ny, completingStaff.signature());
    access.changed(brukareId, DelegateChanges.UTFORARE_CHANGED, AccessChannel.DELEGATE);
    notes.write(brukareId, note(tidigare, ny), definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }

  static String note(String tidigare, String ny) {
    return "Byte av utförare: från " + tidigare + " till " + ny + ". Låset sitter kvar.";
  }
}
