package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.LockRegistry;

/**
 * lasetDelas: another brukare linked to the leaving brukare's lock still has insatser, so the
 * lock stays on the door (LKP). Without a linked lock (a cohabitant's removal took it meanwhile)
 * nothing is shared. Shared by las-nedmontering and lasvred-avslut.
 */
@Component("sharedLockCheck")
class SharedLockCheck implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;

  SharedLockCheck(BrukareRegistry brukare, LockRegistry locks) {
    this.brukare = brukare;
    this.locks = locks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leaving = BRUKARE_ID.require(execution);
    boolean shared = locks.lockLinkedTo(leaving)
        .map(lock -> locks.othersLinked(lock.id(), leaving).stream()
            .map(other -> brukare.require(other.brukareId()))
            .anyMatch(Brukare::hasInsatser))
        .orElse(false);
    LASET_DELAS.set(execution, shared);
  }
}
