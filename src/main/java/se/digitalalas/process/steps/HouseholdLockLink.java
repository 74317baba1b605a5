package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;

/**
 * Cohabitants share one lock: the brukare is linked to the household's installed lock (after
 * existingLockCheck found one), and the link goes into the access log. No installed lock is a model
 * error, not bad input.
 */
@Component("householdLockLink")
class HouseholdLockLink implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final BrukareAccess access;

  HouseholdLockLink(BrukareRegistry brukare, LockRegistry locks, BrukareAccess access) {
    this.brukare = brukare;
    this.locks = locks;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare linked = brukare.require(BRUKARE_ID.require(execution));
    Lock lock = locks.activeLockOfHousehold(linked.householdId())
        .filter(active -> active.status() == LockStatus.INSTALLED)
        .orElseThrow(() -> new IllegalStateException("householdLockLink runs after existingLockCheck found an "
            + "installed lock, but household " + linked.householdId() + " has none"));
    if (locks.link(lock.id(), linked.id())) {
      access.changed(linked.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
    }
  }
}
