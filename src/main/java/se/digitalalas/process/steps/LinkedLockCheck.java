package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;

/**
 * lasFinns: an installed lock is linked to the brukare (what a removal takes off the door);
 * then serienummer and leverantor name it for the tasks that follow.
 */
@Component("linkedLockCheck")
class LinkedLockCheck implements JavaDelegate {

  private final LockRegistry locks;

  LinkedLockCheck(LockRegistry locks) {
    this.locks = locks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Lock> lock = locks.lockLinkedTo(BRUKARE_ID.require(execution))
        .filter(linked -> linked.status() == LockStatus.INSTALLED);
    LAS_FINNS.set(execution, lock.isPresent());
    lock.ifPresent(installed -> {
      SERIENUMMER.set(execution, installed.serialNumber());
      LEVERANTOR.set(execution, installed.vendor().name());
    });
  }
}
