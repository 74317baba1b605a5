package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;

/** harKodlas from the registry: a door known to have a kodlås needs no question. */
@Component("kodlasLookup")
class KodlasLookup implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;

  KodlasLookup(BrukareRegistry brukare, HouseholdRegistry households) {
    this.brukare = brukare;
    this.households = households;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long householdId = brukare.require(BRUKARE_ID.require(execution)).householdId();
    HAR_KODLAS.set(execution, households.findById(householdId).orElseThrow().hasKnownKodlas());
  }
}
