package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/**
 * After Task_HamtaLaskvittens (HBG steps 7–8): the låskvittens the fitter filled in with the kund
 * is a receipt on the record, and where the lock box with the door's loose parts is kept is a note
 * (it is needed to restore the door). Both go into the access log.
 */
@Component("laskvittensCollected")
class LaskvittensCollected implements JavaDelegate {

  static final String SIGNED_BY = "Kunden och Tunstalls låsmontör";

  private final ReceiptRegistry receipts;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  LaskvittensCollected(ReceiptRegistry receipts, NoteRegistry notes, ProcessDefinitions definitions, Clock clock,
      BrukareAccess access) {
    this.receipts = receipts;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, LASKVITTENS_HAMTAD, "Bekräfta att låskvittensen är hämtad");
    String laslada = LASLADA_FORVARINGSPLATS.from(execution)
        .orElseThrow(() -> new Refusal("Ange " + LASLADA_FORVARINGSPLATS.label()));
    long kund = BRUKARE_ID.require(execution);
    long receipt = receipts.record(kund, ReceiptKind.LASKVITTENS, SIGNED_BY, LocalDateTime.now(clock), null);
    LASKVITTENS_ID.set(execution, receipt);
    access.changed(kund, DelegateChanges.LASKVITTENS_RECORDED, AccessChannel.DELEGATE);
    notes.write(kund, "Låslådan med lösdelarna till ytterdörren förvaras: " + laslada,
        definitions.noteAuthor(execution));
    access.changed(kund, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
