package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/** After Task_ForvaraLaskvittens (HBG step 9): where in the hemvårdsområde the låskvittens is kept. */
@Component("laskvittensFiled")
class LaskvittensFiled implements JavaDelegate {

  private final ReceiptRegistry receipts;

  LaskvittensFiled(ReceiptRegistry receipts) {
    this.receipts = receipts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String place = FORVARINGSPLATS.from(execution).orElseThrow(() -> new Refusal("Ange " + FORVARINGSPLATS.label()));
    receipts.recordKeptAt(LASKVITTENS_ID.require(execution), place);
  }
}
