package se.digitalalas.routine.lasinstallation;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/**
 * After Task_InstalleraLas: the lock is INSTALLED on the household, linked to the brukare. When a
 * cohabitant's lock was installed in the household meanwhile, the montör gives that lock's serial
 * number: the brukare is linked to it instead, and lasFinns says so (the model then ends at
 * EndEvent_KoppladTillBefintligtLas). The installation and the link go into the access log.
 */
@Component("lockInstallation")
class LockInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final Clock clock;
  private final BrukareAccess access;

  LockInstallation(BrukareRegistry brukare, LockRegistry locks, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.locks = locks;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String serialNumber = SERIENUMMER.from(execution).orElseThrow(() -> new Refusal("Serienummer saknas"));
    Checkpoints.requireConfirmed(execution, "Bekräfta kontrollpunkterna innan installationen registreras",
        LAS_KOPPLAT_TILL_BRUKARE, LASVRED_MARKT_MED_NYCKELNUMMER, ARBETET_UTFORT);
    Vendor vendor = Vendor.parse(LEVERANTOR.orNull(execution));
    Brukare installedFor = brukare.require(BRUKARE_ID.require(execution));
    Optional<Lock> householdsLock = locks.activeLockOfHousehold(installedFor.householdId())
        .filter(lock -> lock.status() == LockStatus.INSTALLED);
    if (householdsLock.isPresent()) {
      linkToTheHouseholdsLock(execution, installedFor, householdsLock.get(), serialNumber);
      return;
    }
    refuseSerialNumberInstalledElsewhere(serialNumber, installedFor.householdId());
    refuseBrukareLinkedElsewhere(installedFor);

    InstalledLock installed =
        new InstalledLock(serialNumber, vendor, NYCKELNUMMER.orNull(execution), LocalDate.now(clock));
    long lockId;
    try {
      lockId = locks.install(installedFor.householdId(), installed);
    } catch (DuplicateKeyException installedConcurrently) {
      throw serialNumberTaken(serialNumber);
    }
    access.changed(installedFor.id(), DelegateChanges.LOCK_INSTALLED, AccessChannel.DELEGATE);
    linked(lockId, installedFor);
    LAS_FINNS.set(execution, false);
  }

  private void linkToTheHouseholdsLock(DelegateExecution execution, Brukare installedFor, Lock householdsLock,
      String serialNumber) {
    if (!householdsLock.serialNumber().equals(serialNumber)) {
      throw new Refusal("Hushållet har redan ett installerat digitalt lås (serienummer "
          + householdsLock.serialNumber() + "). Ange det serienumret för att koppla brukaren till hushållets lås");
    }
    refuseBrukareLinkedElsewhere(installedFor);
    linked(householdsLock.id(), installedFor);
    LAS_FINNS.set(execution, true);
  }

  private void linked(long lockId, Brukare installedFor) {
    if (locks.link(lockId, installedFor.id())) {
      access.changed(installedFor.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
    }
  }

  private void refuseBrukareLinkedElsewhere(Brukare installedFor) {
    locks.lockLinkedTo(installedFor.id())
        .filter(lock -> lock.householdId() != installedFor.householdId())
        .ifPresent(lock -> {
          throw new Refusal("Brukaren är redan kopplad till ett digitalt lås på en annan adress "
              + "(serienummer " + lock.serialNumber() + ")");
        });
  }

  /** Called when the household has no installed lock: an active lock with this number is elsewhere, or ordered here. */
  private void refuseSerialNumberInstalledElsewhere(String serialNumber, long householdId) {
    locks.activeLockWithSerialNumber(serialNumber)
        .filter(lock -> lock.householdId() != householdId || lock.status() == LockStatus.INSTALLED)
        .ifPresent(lock -> {
          throw serialNumberTaken(serialNumber);
        });
  }

  private static Refusal serialNumberTaken(String serialNumber) {
    return new Refusal(
        "Serienummer " + serialNumber + " är redan installerat hos en annan brukare");
  }
}
