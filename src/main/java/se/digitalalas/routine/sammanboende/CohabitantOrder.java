package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.TextVariable;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.brukare.Registered;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/**
 * Start listener of sammanboende, before oneRunningRoutinePerBrukare (it sets brukareId): the
 * verksamhet's order (LKP) is complete and consistent, or refused with a Swedish reason naming
 * what is wrong, and then both cohabitants are in the registry in the one household at the
 * order's address.
 * <ul>
 *   <li>samtidigt: both names and personnummer, the shared address, whom to call to book the
 *       installation (portkod optional); neither already linked to a lock.</li>
 *   <li>tillkommande: the new cohabitant and the befintlig brukare, who must be registered, live at
 *       the order's address and be linked to an installed lock there.</li>
 * </ul>
 * brukareId is the first (samtidigt) or the new cohabitant (tillkommande), sammanboendeBrukareId
 * the other; the business key is a new case reference. A cohabitant registered at another address
 * is refused: the registry is the truth, and moving a brukare between households is no part of
 * this routine.
 */
@Component("cohabitantOrder")
class CohabitantOrder implements ExecutionListener {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final CohabitantIntake intake;
  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final LockRegistry locks;
  private final RunningRoutineRegistry running;
  private final ProcessDefinitions definitions;
  private final CaseReferences references;
  private final Clock clock;

  CohabitantOrder(CohabitantIntake intake, BrukareRegistry brukare, HouseholdRegistry households,
      LockRegistry locks, RunningRoutineRegistry running, ProcessDefinitions definitions,
      CaseReferences references, Clock clock) {
    this.intake = intake;
    this.brukare = brukare;
    this.households = households;
    this.locks = locks;
    this.running = running;
    this.definitions = definitions;
    this.references = references;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    OrderKind kind = OrderKind.parse(BESTALLNINGSTYP.orNull(execution));
    Personnummer personnummer = Personnummer.parse(PERSONNUMMER.orNull(execution), clock);
    String namn = NAMN.from(execution).orElseThrow(() -> new Refusal("Namn saknas"));
    Address address = Address.of(ADRESS.orNull(execution), POSTNUMMER.orNull(execution), ORT.orNull(execution));
    Registered first = switch (kind) {
      case SAMTIDIGT -> samtidigt(execution, personnummer, namn, address);
      case TILLKOMMANDE -> tillkommande(execution, personnummer, namn, address);
    };

    BESTALLNINGSTYP.set(execution, kind.value());
    PERSONNUMMER.set(execution, personnummer.value());
    BRUKARE_ID.set(execution, first.brukare().id());
    NAMN.set(execution, first.brukare().name());
    ADRESS.set(execution, first.household().address());
    POSTNUMMER.set(execution, first.household().addressAsRegistered().formattedPostalCode());
    ORT.set(execution, first.household().city());
    if (first.brukare().phone() != null) {
      TELEFON.set(execution, first.brukare().phone());
    }
    if (first.household().portkod() != null) {
      PORTKOD.set(execution, first.household().portkod());
    }
    execution.setProcessBusinessKey(references.next().value());
  }

  private Registered samtidigt(DelegateExecution execution, Personnummer personnummer, String namn, Address address) {
    Personnummer other = personnummer(execution, SAMMANBOENDE_PERSONNUMMER, "Den sammanboendes personnummer");
    String otherNamn = SAMMANBOENDE_NAMN.from(execution)
        .orElseThrow(() -> new Refusal("Den sammanboendes namn saknas"));
    String kontakt = KONTAKT_TIDSBOKNING.from(execution).map(String::strip).orElseThrow(() -> new Refusal(
        "Kontaktuppgifter för tidsbokning saknas: ange vem välfärdsteknikteamet kontaktar för att boka installationen"));
    TextLimits.require(kontakt, TextLimits.NAME, "kontaktuppgifter för tidsbokning");
    if (other.equals(personnummer)) {
      throw new Refusal("Den sammanboendes personnummer: ange en annan person än den första brukaren");
    }
    String portkod = PORTKOD.orNull(execution);
    String author = definitions.noteAuthor(execution);
    Registered first = intake.register(personnummer, namn, TELEFON.orNull(execution), address, portkod, author);
    Registered second = intake.register(other, otherNamn, null, address, portkod, author);
    free(first, address, "Personnummer", "hushållets låsenhet: beställ en tillkommande sammanboende för den andra");
    free(second, address, "Den sammanboendes personnummer",
        "hushållets låsenhet: beställ en tillkommande sammanboende för den andra");

    notInARunningOrder(execution, second.brukare().id(), second.brukare().name());
    SAMMANBOENDE_PERSONNUMMER.set(execution, other.value());
    SAMMANBOENDE_NAMN.set(execution, second.brukare().name());
    KONTAKT_TIDSBOKNING.set(execution, kontakt);
    SAMMANBOENDE_BRUKARE_ID.set(execution, second.brukare().id());
    return first;
  }

  private Registered tillkommande(DelegateExecution execution, Personnummer personnummer, String namn,
      Address address) {
    Personnummer existing = personnummer(execution, BEFINTLIG_PERSONNUMMER, "Befintlig brukares personnummer");
    if (existing.equals(personnummer)) {
      throw new Refusal("Befintlig brukares personnummer: ange en annan person än den tillkommande sammanboende");
    }
    Brukare befintlig = brukare.findByPersonnummer(existing).orElseThrow(() -> new Refusal(
        "Befintlig brukares personnummer: brukaren finns inte i registret. Kontrollera personnumret"));
    BEFINTLIG_NAMN.from(execution).filter(given -> !same(given, befintlig.name())).ifPresent(given -> {
      throw new Refusal("Befintlig brukares namn stämmer inte med registret för personnumret: kontrollera namn och "
          + "personnummer");
    });
    Household household = households.findById(befintlig.householdId()).orElseThrow();
    if (!household.addressAsRegistered().sameHouseholdAs(address)) {
      throw new Refusal("Befintlig brukare bor på en annan adress än den angivna: en sammanboende kan bara knytas "
          + "till låsenheten i samma hushåll");
    }
    locks.lockLinkedTo(befintlig.id()).filter(linked -> linked.status() == LockStatus.INSTALLED)
        .orElseThrow(() -> new Refusal(
            "Befintlig brukare har inget installerat digitalt lås att knyta den sammanboende till"));

    Registered newcomer = intake.register(personnummer, namn, TELEFON.orNull(execution), address, null,
        definitions.noteAuthor(execution));
    free(newcomer, address, "Personnummer", "den befintliga brukarens låsenhet");

    notInARunningOrder(execution, befintlig.id(), befintlig.name());
    BEFINTLIG_PERSONNUMMER.set(execution, existing.value());
    BEFINTLIG_NAMN.set(execution, befintlig.name());
    SAMMANBOENDE_BRUKARE_ID.set(execution, befintlig.id());
    return newcomer;
  }

  /**
   * One running sammanboende per brukare, for both named in the order: the other cohabitant takes
   * this instance's running slot too (oneRunningRoutinePerBrukare takes brukareId's), so the
   * registry's constraint refuses a second order for either, however many arrive at once.
   */
  private void notInARunningOrder(DelegateExecution execution, long brukareId, String name) {
    if (!running.start(brukareId, definitions.routineKind(execution), execution.getProcessInstanceId())) {
      throw alreadyRunning(name);
    }
  }

  private static Refusal alreadyRunning(String name) {
    return new Refusal("Det finns redan en pågående beställning för sammanboende för " + name);
  }

  private Personnummer personnummer(DelegateExecution execution, TextVariable variable, String field) {
    String value = variable.from(execution).orElseThrow(() -> new Refusal(field + " saknas"));
    try {
      return Personnummer.parse(value, clock);
    } catch (Refusal malformed) {
      throw new Refusal(field + ": " + malformed.getMessage());
    }
  }

  /**
   * The cohabitant is linked to no lock unit and registered at the order's address: the registry
   * keeps a registered brukare's household, so one registered elsewhere cannot share this door.
   */
  private void free(Registered registered, Address address, String field, String householdsUnit) {
    boolean atTheAddress = registered.household().addressAsRegistered().sameHouseholdAs(address);
    locks.lockLinkedTo(registered.brukare().id()).ifPresent(linked -> {
      throw !atTheAddress || linked.householdId() != registered.household().id()
          ? new Refusal(registered.brukare().name() + " är redan kopplad till ett digitalt lås på en annan adress")
          : new Refusal(registered.brukare().name() + " är redan knuten till " + householdsUnit);
    });
    if (!atTheAddress) {
      throw new Refusal(field + ": brukaren finns i registret på en annan adress än den angivna. Sammanboende "
          + "knyts till låsenheten i ett och samma hushåll");
    }
  }

  private static boolean same(String one, String other) {
    return one.strip().replaceAll("\\s+", " ").toLowerCase(SWEDISH)
        .equals(other.strip().replaceAll("\\s+", " ").toLowerCase(SWEDISH));
  }
}
