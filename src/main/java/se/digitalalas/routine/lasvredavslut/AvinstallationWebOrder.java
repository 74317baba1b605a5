package se.digitalalas.routine.lasvredavslut;

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
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * After Task_BestallAvinstallation (PT, hemtjänstutförare), in the provider's transaction: the web
 * order to remove the låsvred goes into the outbox as a PDF mail to Phoniro, filled in from the
 * registry (kund, door, the låsvred's serial number and nyckelnummer, the provider), signed by the
 * hemtjänstutförare who completed the task and carrying the case reference that Phoniro's
 * confirmation (AvinstallationUtford) names. Into the access log.
 */
@Component("avinstallationWebOrder")
class AvinstallationWebOrder implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final LockRegistry locks;
  private final UtforareRegistry utforare;
  private final PhoniroWebOrders orders;
  private final CompletingStaff completingStaff;
  private final Clock clock;
  private final BrukareAccess access;

  AvinstallationWebOrder(BrukareRegistry brukare, HouseholdRegistry households, LockRegistry locks,
      UtforareRegistry utforare, PhoniroWebOrders orders, CompletingStaff completingStaff, Clock clock,
      BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.locks = locks;
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
    // The start checked the låsvred; gone now means another routine removed it meanwhile.
    Lock lasvred = locks.lockLinkedTo(kund.id()).orElseThrow(() -> new IllegalStateException(
        "lasvred-avslut " + execution.getProcessBusinessKey() + ": no lock linked to brukare " + kund.id()));
    orders.order(kund.id(), PhoniroWebOrderForm.of(WebOrderKind.AVINSTALLATION,
        new CaseReference(execution.getProcessBusinessKey()), kund, household,
        utforare.current(kund.id()).orElse(null), lasvred.keyNumber(), lasvred.serialNumber(),
        completingStaff.signature(), LocalDate.now(clock)));
    access.changed(kund.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }
}
