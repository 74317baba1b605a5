package se.digitalalas.routine.lasvrednykund;

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
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Phoniro's mail that the locksmith mounted the låsvred (message LasvredMonterat): the ordered
 * lock is INSTALLED, vendor PHONIRO, with its serial number and the nyckelnummer it is labelled
 * with, and a note says so. The kund is linked to it only when the systemförvaltare has linked
 * them in Phoniro Care ({@link LasvredLink}).
 */
@Component("lasvredInstallation")
class LasvredInstallation implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final VendorLocks vendorLocks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  LasvredInstallation(BrukareRegistry brukare, VendorLocks vendorLocks, NoteRegistry notes,
      ProcessDefinitions definitions, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.vendorLocks = vendorLocks;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String serialNumber = SERIENUMMER.from(execution).orElseThrow(() -> new Refusal("Serienummer saknas"));
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    if (vendorLocks.install(kund, serialNumber, Vendor.PHONIRO, NYCKELNUMMER.orNull(execution)).newlyInstalled()) {
      notes.write(kund.id(), "Låsvred från Phoniro monterat (serienummer " + serialNumber + ") "
          + LocalDate.now(clock) + ".", definitions.noteAuthor(execution));
      access.changed(kund.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }
  }
}
