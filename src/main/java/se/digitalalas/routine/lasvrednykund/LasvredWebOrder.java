package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.process.steps.PhoniroWebOrdering;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Vendor;

/**
 * After Task_BestallLasvred, in the provider's transaction: the household's låsvred is ORDERED from
 * Phoniro and the web order of its installation, with the nyckelnummer the låsvred is to be
 * labelled with, goes into the outbox (sent after commit, retried, FAILED visibly on the record).
 */
@Component("lasvredWebOrder")
class LasvredWebOrder implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final VendorLocks vendorLocks;
  private final PhoniroWebOrdering webOrdering;

  LasvredWebOrder(BrukareRegistry brukare, VendorLocks vendorLocks, PhoniroWebOrdering webOrdering) {
    this.brukare = brukare;
    this.vendorLocks = vendorLocks;
    this.webOrdering = webOrdering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    vendorLocks.orderUnlessActive(kund, Vendor.PHONIRO);
    webOrdering.order(execution, WebOrderKind.INSTALLATION, kund, NYCKELNUMMER.orNull(execution), null);
  }
}
