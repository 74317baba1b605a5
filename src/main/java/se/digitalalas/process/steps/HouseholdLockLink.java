package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;

/**
 * Cohabitants share one lock: the brukare is linked to the household's installed lock (after
 * existingLockCheck found one). No installed lock is a model error, not bad input.
 */
@Component("householdLockLink")
class HouseholdLockLink implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;

  HouseholdLockLink(BrukareRegistry brukare, LockRegistry locks) {
    this.brukare = brukare;
    this.locks = locks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare linked = brukare.require(BRUKARE_ID.require(execution));
    Lock lock = locks.activeLockOfHousehold(linked.householdId())
        .filter(active -> active.status() == LockStatus.INSTALLED)
        .orElseThrow(() -> new IllegalStateException("householdLockLink runs after existingLockCheck found an "
            + "installed lock, but household " + linked.householdId() + " has none"));
    locks.link(lock.id(), linked.id());
  }
}
