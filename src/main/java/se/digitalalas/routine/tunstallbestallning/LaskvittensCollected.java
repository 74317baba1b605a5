package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/**
 * After Task_HamtaLaskvittens (HBG steps 7–8): the låskvittens the fitter filled in with the kund
 * is a receipt on the record, and where the lock box with the door's loose parts is kept is a note
 * (it is needed to restore the door).
 */
@Component("laskvittensCollected")
class LaskvittensCollected implements JavaDelegate {

  static final String SIGNED_BY = "Kunden och Tunstalls låsmontör";

  private final ReceiptRegistry receipts;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;

  LaskvittensCollected(ReceiptRegistry receipts, NoteRegistry notes, ProcessDefinitions definitions, Clock clock) {
    this.receipts = receipts;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, LASKVITTENS_HAMTAD, "Bekräfta att låskvittensen är hämtad");
    String laslada = LASLADA_FORVARINGSPLATS.from(execution)
        .orElseThrow(() -> new Refusal("Ange " + LASLADA_FORVARINGSPLATS.label()));
    long kund = BRUKARE_ID.require(execution);
    long receipt = receipts.record(kund, ReceiptKind.LASKVITTENS, SIGNED_BY, LocalDateTime.now(clock), null);
    LASKVITTENS_ID.set(execution, receipt);
    notes.write(kund, "Låslådan med lösdelarna till ytterdörren förvaras: " + laslada,
        definitions.noteAuthor(execution));
  }
}
