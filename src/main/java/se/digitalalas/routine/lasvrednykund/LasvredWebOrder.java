package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.phoniro.PhoniroWebOrderForm;
import se.digitalalas.outbound.phoniro.PhoniroWebOrders;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * After Task_BestallLasvred, in the provider's transaction: the household's låsvred is ORDERED from
 * Phoniro and the web order, filled in from the registry, signed by the provider and carrying the
 * case reference, goes into the outbox (sent after commit, retried, FAILED visibly on the record).
 */
@Component("lasvredWebOrder")
class LasvredWebOrder implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final VendorLocks vendorLocks;
  private final UtforareRegistry utforare;
  private final PhoniroWebOrders orders;
  private final CompletingStaff completingStaff;
  private final Clock clock;
  private final BrukareAccess access;

  LasvredWebOrder(BrukareRegistry brukare, HouseholdRegistry households, VendorLocks vendorLocks,
      UtforareRegistry utforare,
      PhoniroWebOrders orders, CompletingStaff completingStaff, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.vendorLocks = vendorLocks;
    this.utforare = utforare;
    this.orders = orders;
    this.completingStaff = completingStaff;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    Household household = households.findById(kund.householdId()).orElseThrow();
    vendorLocks.orderUnlessActive(kund, Vendor.PHONIRO);
    orders.order(kund.id(), PhoniroWebOrderForm.of(WebOrderKind.INSTALLATION,
        new CaseReference(execution.getProcessBusinessKey()), kund, household,
        utforare.current(kund.id()).orElse(null), NYCKELNUMMER.orNull(execution), null,
        completingStaff.signature(), LocalDate.now(clock)));
    access.changed(kund.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }
}
