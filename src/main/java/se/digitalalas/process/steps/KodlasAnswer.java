package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * The answer to "kodlås på ytterdörren?" is stored on the household's door for every later
 * routine. A door already known to have a kodlås keeps it, whatever the answer.
 */
@Component("kodlasAnswer")
class KodlasAnswer implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;

  KodlasAnswer(BrukareRegistry brukare, HouseholdRegistry households) {
    this.brukare = brukare;
    this.households = households;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Household household = households
        .findById(brukare.require(BRUKARE_ID.require(execution)).householdId())
        .orElseThrow();
    if (household.hasKnownKodlas()) {
      HAR_KODLAS.set(execution, true);
      return;
    }
    boolean answer = HAR_KODLAS.answer(execution)
        .orElseThrow(() -> new Refusal("Svara på om ytterdörren har kodlås"));
    households.recordKodlas(household.id(), answer);
  }
}
