package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * Start listener of a routine that begins with only a personnummer (processes 2 and 4): the
 * brukare must be in the registry. The routine continues with the registered details, the
 * insatser as registered and the brukare's age; brukareId and a new case
 * reference as the business key, as at intake.
 */
@Component("registeredBrukare")
class RegisteredBrukare implements ExecutionListener {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final CaseReferences references;
  private final Clock clock;

  RegisteredBrukare(BrukareRegistry brukare, HouseholdRegistry households, CaseReferences references,
      Clock clock) {
    this.brukare = brukare;
    this.households = households;
    this.references = references;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Personnummer personnummer = Personnummer.parse(PERSONNUMMER.orNull(execution), clock);
    Brukare registered = brukare.findByPersonnummer(personnummer).orElseThrow(() -> new Refusal(
        "Personnummer: brukaren finns inte i registret. Kontrollera personnumret"));
    Household household = households.findById(registered.householdId()).orElseThrow();

    PERSONNUMMER.set(execution, personnummer.value());
    BRUKARE_ID.set(execution, registered.id());
    NAMN.set(execution, registered.name());
    ADRESS.set(execution, household.address());
    POSTNUMMER.set(execution, household.addressAsRegistered().formattedPostalCode());
    ORT.set(execution, household.city());
    if (registered.phone() != null) {
      TELEFON.set(execution, registered.phone());
    }
    if (household.portkod() != null) {
      PORTKOD.set(execution, household.portkod());
    }
    INSATS_HEMTJANST.set(execution, registered.insatsHemtjanst());
    INSATS_TRYGGHETSLARM.set(execution, registered.insatsTrygghetslarm());
    BRUKARENS_ALDER.set(execution, Period.between(personnummer.birthDate(), LocalDate.now(clock)).getYears());
    execution.setProcessBusinessKey(references.next().value());
  }
}
