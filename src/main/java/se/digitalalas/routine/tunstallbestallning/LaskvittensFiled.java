package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/** After Task_ForvaraLaskvittens (HBG step 9): where in the hemvårdsområde the låskvittens is kept (access logged). */
@Component("laskvittensFiled")
class LaskvittensFiled implements JavaDelegate {

  private final ReceiptRegistry receipts;
  private final BrukareAccess access;

  LaskvittensFiled(ReceiptRegistry receipts, BrukareAccess access) {
    this.receipts = receipts;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String place = FORVARINGSPLATS.from(execution).orElseThrow(() -> new Refusal("Ange " + FORVARINGSPLATS.label()));
    long kund = BRUKARE_ID.require(execution);
    receipts.recordKeptAt(LASKVITTENS_ID.require(execution), place);
    access.changed(kund, DelegateChanges.LASKVITTENS_FILED, AccessChannel.DELEGATE);
  }
}
