package se.digitalalas.routine.lasvrednykund;

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
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Phoniro's mail that the locksmith mounted the låsvred (message LasvredMonterat): the ordered
 * lock is INSTALLED, vendor PHONIRO, with its serial number and the nyckelnummer it is labelled
 * with. The kund is linked to it only when the systemförvaltare has linked them in Phoniro Care.
 * A serial number installed at another household is refused.
 */
@Component("lasvredInstallation")
class LasvredInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  LasvredInstallation(BrukareRegistry brukare, LockRegistry locks, NoteRegistry notes, ProcessDefinitions definitions,
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
    TextLimits.require(serialNumber, TextLimits.SERIAL_NUMBER, "serienummer");
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    Optional<Lock> active = locks.activeLockOfHousehold(kund.householdId());
    if (active.filter(lock -> lock.status() == LockStatus.INSTALLED).isPresent()) {
      if (!active.get().serialNumber().equals(serialNumber)) {
        throw new Refusal("Hushållet har redan ett installerat låsvred med serienummer "
            + active.get().serialNumber() + ", inte " + serialNumber);
      }
      return;
    }
    try {
      locks.install(kund.householdId(),
          new InstalledLock(serialNumber, Vendor.PHONIRO, NYCKELNUMMER.orNull(execution), LocalDate.now(clock)));
    } catch (DuplicateKeyException elsewhere) {
      throw new Refusal("Serienummer " + serialNumber + " är redan installerat hos en annan brukare");
    }
    access.changed(kund.id(), DelegateChanges.LOCK_INSTALLED, AccessChannel.DELEGATE);
    notes.write(kund.id(), "Låsvred från Phoniro monterat (serienummer " + serialNumber + ") " + LocalDate.now(clock)
        + ".", definitions.noteAuthor(execution));
    access.changed(kund.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
