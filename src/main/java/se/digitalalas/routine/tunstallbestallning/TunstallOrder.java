package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.tunstall.TunstallOrderForm;
import se.digitalalas.outbound.tunstall.TunstallOrders;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.Vendor;

/**
 * After Task_SkickaBestallning (HBG step 6), in the koordinator's transaction: the household's lock
 * is ORDERED from Tunstall and the Beställningsblankett, filled in from the registry and signed by
 * the koordinator and carrying the case reference (the business key), goes into the outbox as a
 * PDF mail to Tunstall (sent after commit, retried, FAILED visibly on the record). Both go into
 * the access log.
 */
@Component("tunstallOrder")
class TunstallOrder implements JavaDelegate {

  static final String BESTALLARE = "Koordinator HV / Administratör HSL";

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final KeyRegistry keys;
  private final VendorLocks vendorLocks;
  private final TunstallOrders orders;
  private final CompletingStaff completingStaff;
  private final Clock clock;
  private final BrukareAccess access;

  TunstallOrder(BrukareRegistry brukare, HouseholdRegistry households, KeyRegistry keys, VendorLocks vendorLocks,
      TunstallOrders orders, CompletingStaff completingStaff, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.keys = keys;
    this.vendorLocks = vendorLocks;
    this.orders = orders;
    this.completingStaff = completingStaff;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    Household household = households.findById(kund.householdId()).orElseThrow();
    vendorLocks.orderUnlessActive(kund, Vendor.TUNSTALL);
    orders.order(kund.id(), TunstallOrderForm.of(new CaseReference(execution.getProcessBusinessKey()), kund,
        household, keys.forBrukare(kund.id()),
        completingStaff.signature(), BESTALLARE, LocalDate.now(clock), null, null));
    access.changed(kund.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }
}
