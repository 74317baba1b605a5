package se.digitalalas.routine.tunstallbestallning;

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
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Tunstall's confirmation (message TunstallInstallationKlar) or the koordinator's registration:
 * the ordered lock is INSTALLED, vendor TUNSTALL, with the serial number, and linked to the kund.
 * The same serial number confirmed again changes nothing; another one installed there is refused.
 * Each change goes into the access log.
 */
@Component("tunstallInstallation")
class TunstallInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  TunstallInstallation(BrukareRegistry brukare, LockRegistry locks, NoteRegistry notes, ProcessDefinitions definitions,
      Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.locks = locks;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String serialNumber = SERIENUMMER.from(execution).orElseThrow(() -> new Refusal("Serienummer saknas"));
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    Optional<Lock> active = locks.activeLockOfHousehold(kund.householdId());
    if (active.filter(lock -> lock.status() == LockStatus.INSTALLED).isPresent()) {
      Lock installed = active.get();
      if (!installed.serialNumber().equals(serialNumber)) {
        throw new Refusal("Hushållet har redan ett installerat digitalt lås med serienummer "
            + installed.serialNumber() + ", inte " + serialNumber);
      }
      linked(installed.id(), kund);
      return;
    }
    long lockId;
    try {
      lockId = locks.install(kund.householdId(),
          new InstalledLock(serialNumber, Vendor.TUNSTALL, NYCKELNUMMER.orNull(execution), LocalDate.now(clock)));
    } catch (DuplicateKeyException elsewhere) {
      throw new Refusal("Serienummer " + serialNumber + " är redan installerat hos en annan brukare");
    }
    access.changed(kund.id(), DelegateChanges.LOCK_INSTALLED, AccessChannel.DELEGATE);
    linked(lockId, kund);
    notes.write(kund.id(), "Digitalt lås installerat av Tunstall (serienummer " + serialNumber + ") "
        + LocalDate.now(clock) + ".", definitions.noteAuthor(execution));
    access.changed(kund.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }

  private void linked(long lockId, Brukare kund) {
    if (locks.link(lockId, kund.id())) {
      access.changed(kund.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
    }
  }
}
