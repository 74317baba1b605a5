package se.digitalalas.routine.lasvredavslut;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.process.steps.PhoniroWebOrdering;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;

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
  private final LockRegistry locks;
  private final PhoniroWebOrdering webOrdering;

  AvinstallationWebOrder(BrukareRegistry brukare, LockRegistry locks, PhoniroWebOrdering webOrdering) {
    this.brukare = brukare;
    this.locks = locks;
    this.webOrdering = webOrdering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    // The start checked the låsvred; gone now means another routine removed it meanwhile.
    Lock lasvred = locks.lockLinkedTo(kund.id()).orElseThrow(() -> new IllegalStateException(
        "lasvred-avslut " + execution.getProcessBusinessKey() + ": no lock linked to brukare " + kund.id()));
    webOrdering.order(execution, WebOrderKind.AVINSTALLATION, kund, lasvred.keyNumber(), lasvred.serialNumber());
  }
}
