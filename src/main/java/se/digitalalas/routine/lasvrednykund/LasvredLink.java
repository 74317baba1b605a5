package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;

/**
 * After Task_KopplaKundTillLasvred: linked in Phoniro Care (kundKoppladTillLasvred), the kund is
 * linked to the household's installed låsvred in the registry too.
 */
@Component("lasvredLink")
class LasvredLink implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final BrukareAccess access;

  LasvredLink(BrukareRegistry brukare, LockRegistry locks, BrukareAccess access) {
    this.brukare = brukare;
    this.locks = locks;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, KUND_KOPPLAD_TILL_LASVRED,
        "Koppla kunden till låsvredet i Phoniro Care och bekräfta det innan uppgiften slutförs");
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    Lock lasvred = locks.activeLockOfHousehold(kund.householdId())
        .filter(lock -> lock.status() == LockStatus.INSTALLED)
        .orElseThrow(() -> new ProcessDataMissing("installerat låsvred"));
    if (locks.link(lasvred.id(), kund.id())) {
      access.changed(kund.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
    }
  }
}
