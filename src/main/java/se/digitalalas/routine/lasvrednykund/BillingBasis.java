package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.billing.BillingBases;
import se.digitalalas.outbound.billing.BillingBasisForm;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * After Task_SkickaFaktureringsunderlag, for a customer placed by another municipality: billed on
 * its own row (faktureringsradLagd), the underlagsblankett goes to socialkontoret through the
 * outbox, and a note on the kund says why there is no låsvred and no kvittensprodukt.
 */
@Component("billingBasis")
class BillingBasis implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final UtforareRegistry utforare;
  private final BillingBases billingBases;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final CompletingStaff completingStaff;
  private final Clock clock;
  private final BrukareAccess access;

  BillingBasis(BrukareRegistry brukare, HouseholdRegistry households, UtforareRegistry utforare,
      BillingBases billingBases, NoteRegistry notes, ProcessDefinitions definitions, CompletingStaff completingStaff,
      Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.utforare = utforare;
    this.billingBases = billingBases;
    this.notes = notes;
    this.definitions = definitions;
    this.completingStaff = completingStaff;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, FAKTURERINGSRAD_LAGD,
        "Lägg kunden på en egen rad på hemtjänstfakturan och bekräfta det innan uppgiften slutförs");
    String kommentar = FAKTURERINGSKOMMENTAR.orNull(execution);
    if (kommentar != null) {
      TextLimits.require(kommentar, 1000, "kommentar till socialkontoret");
    }
    Brukare kund = brukare.require(BRUKARE_ID.require(execution));
    billingBases.send(kund.id(), BillingBasisForm.of(new CaseReference(execution.getProcessBusinessKey()), kund,
        households.findById(kund.householdId()).orElseThrow(), utforare.current(kund.id()).orElse(null),
        BESLUT_SLUTDATUM.date(execution, clock.getZone()).orElse(null), kommentar, completingStaff.signature(),
        LocalDate.now(clock)));
    access.changed(kund.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
    notes.write(kund.id(), "Uppdraget kommer från " + kund.hemkommun() + ": inget låsvred och ingen"
        + " kvittensprodukt. Faktureras på hemtjänstfakturan med egen rad; underlagsblankett skickad till"
        + " socialkontoret.", definitions.noteAuthor(execution));
    access.changed(kund.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
