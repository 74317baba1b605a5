package se.digitalalas.routine.lasinstallation;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/** After Task_InstalleraLas: the lock is INSTALLED on the household, linked to the brukare. */
@Component("lockInstallation")
class LockInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final Clock clock;

  LockInstallation(BrukareRegistry brukare, LockRegistry locks, Clock clock) {
    this.brukare = brukare;
    this.locks = locks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String serialNumber = SERIENUMMER.from(execution).orElseThrow(() -> new Refusal("Serienummer saknas"));
    Checkpoints.requireConfirmed(execution, "Bekräfta kontrollpunkterna innan installationen registreras",
        LAS_KOPPLAT_TILL_BRUKARE, LASVRED_MARKT_MED_NYCKELNUMMER, ARBETET_UTFORT);
    Vendor vendor = Vendor.parse(LEVERANTOR.orNull(execution));
    Brukare installedFor = brukare.require(BRUKARE_ID.require(execution));
    refuseSerialNumberInstalledElsewhere(serialNumber, installedFor.householdId());
    refuseSecondLock(installedFor.householdId());
    refuseBrukareLinkedElsewhere(installedFor);

    InstalledLock installed =
        new InstalledLock(serialNumber, vendor, NYCKELNUMMER.orNull(execution), LocalDate.now(clock));
    long lockId;
    try {
      lockId = locks.install(installedFor.householdId(), installed);
    } catch (DuplicateKeyException installedConcurrently) {
      throw serialNumberTaken(serialNumber);
    }
    locks.link(lockId, installedFor.id());
  }

  private void refuseBrukareLinkedElsewhere(Brukare installedFor) {
    locks.lockLinkedTo(installedFor.id())
        .filter(lock -> lock.householdId() != installedFor.householdId())
        .ifPresent(lock -> {
          throw new Refusal("Brukaren är redan kopplad till ett digitalt lås på en annan adress "
              + "(serienummer " + lock.serialNumber() + ")");
        });
  }

  private void refuseSerialNumberInstalledElsewhere(String serialNumber, long householdId) {
    locks.activeLockWithSerialNumber(serialNumber)
        .filter(lock -> lock.householdId() != householdId || lock.status() == LockStatus.INSTALLED)
        .ifPresent(lock -> {
          throw lock.householdId() == householdId
              ? alreadyInstalled(lock)
              : serialNumberTaken(serialNumber);
        });
  }

  private void refuseSecondLock(long householdId) {
    locks.activeLockOfHousehold(householdId)
        .filter(lock -> lock.status() == LockStatus.INSTALLED)
        .ifPresent(lock -> {
          throw alreadyInstalled(lock);
        });
  }

  private static Refusal serialNumberTaken(String serialNumber) {
    return new Refusal(
        "Serienummer " + serialNumber + " är redan installerat hos en annan brukare");
  }

  private static Refusal alreadyInstalled(Lock lock) {
    return new Refusal("Hushållet har redan ett installerat digitalt lås (serienummer "
        + lock.serialNumber() + ")");
  }
}
