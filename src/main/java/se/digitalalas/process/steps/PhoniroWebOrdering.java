package se.digitalalas.process.steps;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.phoniro.PhoniroWebOrderForm;
import se.digitalalas.outbound.phoniro.PhoniroWebOrders;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * The hemtjänstutförare's web order to Phoniro from a routine's step, in the task's transaction:
 * filled in from the registry (the kund, the door, the utförare), signed by who completed the
 * task, carrying the routine's case reference, into the outbox and the access log.
 */
@Component
public class PhoniroWebOrdering {

  private final HouseholdRegistry households;
  private final UtforareRegistry utforare;
  private final PhoniroWebOrders orders;
  private final CompletingStaff completingStaff;
  private final Clock clock;
  private final BrukareAccess access;

  public PhoniroWebOrdering(HouseholdRegistry households, UtforareRegistry utforare, PhoniroWebOrders orders,
      CompletingStaff completingStaff, Clock clock, BrukareAccess access) {
    this.households = households;
    this.utforare = utforare;
    this.orders = orders;
    this.completingStaff = completingStaff;
    this.clock = clock;
    this.access = access;
  }

  /** keyNumber and serialNumber of the låsvred, or null when not known (a låsvred not yet mounted has no serial number). */
  public void order(DelegateExecution execution, WebOrderKind kind, Brukare kund, String keyNumber,
      String serialNumber) {
    orders.order(kund.id(), PhoniroWebOrderForm.of(kind, new CaseReference(execution.getProcessBusinessKey()), kund,
        households.findById(kund.householdId()).orElseThrow(), utforare.current(kund.id()).orElse(null),
        keyNumber, serialNumber, completingStaff.signature(), LocalDate.now(clock)));
    access.changed(kund.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }
}
