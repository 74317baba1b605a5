package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.LockRegistry;

/** lasFinns: the brukare's household already has an installed lock. */
@Component("existingLockCheck")
class ExistingLockCheck implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;

  ExistingLockCheck(BrukareRegistry brukare, LockRegistry locks) {
    this.brukare = brukare;
    this.locks = locks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long householdId = brukare.require(BRUKARE_ID.require(execution)).householdId();
    LAS_FINNS.set(execution, locks.hasInstalledLock(householdId));
  }
}
