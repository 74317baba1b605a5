package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Insats;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.brukare.Registered;
import se.digitalalas.registry.brukare.Registered.Change;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Start listener of a routine that begins with the brukare's details: checks them, puts the
 * brukare in the registry and sets brukareId, the 12-digit personnummer and the business key, a
 * new case reference (never the personnummer).
 * The registry is the truth: for a brukare already registered the routine continues with the
 * registered name, address and household, and an order that says otherwise leaves a note on
 * the brukare ("Avvikande uppgifter vid beställning: …") for a person to confirm. A model with
 * the property {@value #REQUESTED_INSATS} (e.g. TRYGGHETSLARM) brings only that insats. What
 * the order changed, and the note, go into the access log.
 */
@Component("brukareIntake")
class BrukareIntake implements ExecutionListener {

  /**
   * The model property of a routine that is the request for one insats (routine 3: trygghetslarm,
   * not biståndsbedömd): that insats is set, the other stays as the registry has it, and the
   * caller sends neither.
   */
  static final String REQUESTED_INSATS = "insats";

  private final BrukareRegistrar registrar;
  private final BrukareRegistry brukare;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final CaseReferences references;
  private final Clock clock;
  private final BrukareAccess access;

  BrukareIntake(BrukareRegistrar registrar, BrukareRegistry brukare, NoteRegistry notes,
      ProcessDefinitions definitions, CaseReferences references, Clock clock, BrukareAccess access) {
    this.registrar = registrar;
    this.brukare = brukare;
    this.notes = notes;
    this.definitions = definitions;
    this.references = references;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Personnummer personnummer = Personnummer.parse(PERSONNUMMER.orNull(execution), clock);
    String namn = NAMN.from(execution).orElseThrow(() -> new Refusal("Namn saknas"));
    Address address = Address.of(ADRESS.orNull(execution), POSTNUMMER.orNull(execution), ORT.orNull(execution));
    Optional<Insats> requested = definitions.property(execution, REQUESTED_INSATS).map(Insats::valueOf);
    Optional<Brukare> known = requested.flatMap(insats -> brukare.findByPersonnummer(personnummer));
    boolean hemtjanst = requested.isEmpty() ? INSATS_HEMTJANST.isConfirmed(execution)
        : requested.get() == Insats.HEMTJANST || known.map(Brukare::insatsHemtjanst).orElse(false);
    boolean trygghetslarm = requested.isEmpty() ? INSATS_TRYGGHETSLARM.isConfirmed(execution)
        : requested.get() == Insats.TRYGGHETSLARM || known.map(Brukare::insatsTrygghetslarm).orElse(false);

    Registered registered = registrar.registerOrder(new BrukareRegistration(
        personnummer,
        namn,
        TELEFON.orNull(execution),
        address,
        PORTKOD.orNull(execution),
        HEMVARDSOMRADE.orNull(execution),
        HEMKOMMUN.orNull(execution),
        hemtjanst,
        trygghetslarm,
        BESLUTSDATUM.date(execution, clock.getZone()).orElse(null)));
    long brukareId = registered.brukare().id();
    logged(brukareId, registered.change());
    Optional<String> differenceNote = registered.differenceNote();
    if (differenceNote.isPresent()
        && notes.writeOnce(brukareId, differenceNote.get(), "Processen " + definitions.name(execution))) {
      access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }

    PERSONNUMMER.set(execution, personnummer.value());
    BRUKARE_ID.set(execution, brukareId);
    asRegistered(execution, registered);
    // gateways read the insatser, so a missing one becomes an explicit false
    INSATS_HEMTJANST.set(execution, hemtjanst);
    INSATS_TRYGGHETSLARM.set(execution, trygghetslarm);
    execution.setProcessBusinessKey(references.next().value());
  }

  private void logged(long brukareId, Change change) {
    switch (change) {
      case NEW -> access.changed(brukareId, DelegateChanges.BRUKARE_REGISTERED, AccessChannel.DELEGATE);
      case UPDATED -> access.changed(brukareId, DelegateChanges.BRUKARE_UPDATED, AccessChannel.DELEGATE);
      case UNCHANGED -> {
      }
    }
  }

  /** Tasks and called processes show the brukare as registered, not as this order wrote it. */
  private static void asRegistered(DelegateExecution execution, Registered registered) {
    NAMN.set(execution, registered.brukare().name());
    ADRESS.set(execution, registered.household().address());
    POSTNUMMER.set(execution, registered.household().addressAsRegistered().formattedPostalCode());
    ORT.set(execution, registered.household().city());
    if (registered.brukare().phone() != null) {
      TELEFON.set(execution, registered.brukare().phone());
    }
  }
}
