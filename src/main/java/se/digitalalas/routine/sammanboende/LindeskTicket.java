package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.lindesk.LindeskTicketForm;
import se.digitalalas.outbound.lindesk.LindeskTicketForm.Cohabitant;
import se.digitalalas.outbound.lindesk.LindeskTickets;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;

/**
 * The order to välfärdsteknikteamet (LKP, "via Lindesk"): the ticket, filled in from the registry,
 * goes into the outbox on the brukare's record, in the step's transaction (access logged), and is
 * sent after commit. It names the household's installed lock unit (and sets serienummer for the team's
 * task), or says one must be mounted.
 */
@Component("lindeskTicket")
class LindeskTicket implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final LockRegistry locks;
  private final LindeskTickets tickets;
  private final CompletingStaff staff;
  private final BrukareAccess access;
  private final Clock clock;

  LindeskTicket(BrukareRegistry brukare, HouseholdRegistry households, LockRegistry locks, LindeskTickets tickets,
      CompletingStaff staff, BrukareAccess access, Clock clock) {
    this.brukare = brukare;
    this.households = households;
    this.locks = locks;
    this.tickets = tickets;
    this.staff = staff;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderKind kind = OrderKind.parse(BESTALLNINGSTYP.orNull(execution));
    Brukare first = brukare.require(BRUKARE_ID.require(execution));
    Brukare second = brukare.require(SAMMANBOENDE_BRUKARE_ID.require(execution));
    Household household = households.findById(first.householdId()).orElseThrow();
    String lasenhet = locks.activeLockOfHousehold(household.id())
        .filter(lock -> lock.status() == LockStatus.INSTALLED)
        .map(Lock::serialNumber)
        .orElse(null);
    LindeskTicketForm form = new LindeskTicketForm(kind.ticket(),
        new CaseReference(execution.getProcessBusinessKey()),
        new Cohabitant(kind == OrderKind.SAMTIDIGT ? "Sammanboende 1" : "Tillkommande sammanboende",
            first.name(), first.personnummer()),
        new Cohabitant(kind == OrderKind.SAMTIDIGT ? "Sammanboende 2" : "Befintlig brukare",
            second.name(), second.personnummer()),
        household.address(), household.postalCode(), household.city(), household.portkod() != null,
        KONTAKT_TIDSBOKNING.orNull(execution), lasenhet, staff.signature(), LocalDate.now(clock));
    if (lasenhet != null) {
      // välfärdsteknik links the cohabitants to this unit in TES (las-installation hands back its own)
      SERIENUMMER.set(execution, lasenhet);
    }
    tickets.send(first.id(), form);
    access.changed(first.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }
}
