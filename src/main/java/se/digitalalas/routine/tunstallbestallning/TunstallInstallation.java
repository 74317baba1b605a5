package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.process.steps.VendorLocks.Installation;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Tunstall's confirmation (message TunstallInstallationKlar) or the koordinator's registration:
 * the ordered lock is INSTALLED, vendor TUNSTALL, with the serial number ({@link VendorLocks}), and
 * linked to the kund. The same serial number confirmed again changes nothing but the link.
 */
@Component("tunstallInstallation")
class TunstallInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final VendorLocks vendorLocks;
  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  TunstallInstallation(BrukareRegistry brukare, VendorLocks vendorLocks, LockRegistry locks, NoteRegistry notes,
      ProcessDefinitions definitions, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.vendorLocks = vendorLocks;
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
    Installation installation =
        vendorLocks.install(kund, serialNumber, Vendor.TUNSTALL, NYCKELNUMMER.orNull(execution));
    if (locks.link(installation.lockId(), kund.id())) {
      access.changed(kund.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
    }
    if (installation.newlyInstalled()) {
      notes.write(kund.id(), "Digitalt lås installerat av Tunstall (serienummer " + serialNumber + ") "
          + LocalDate.now(clock) + ".", definitions.noteAuthor(execution));
      access.changed(kund.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }
  }
}
