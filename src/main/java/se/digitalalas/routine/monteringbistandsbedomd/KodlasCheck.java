package se.digitalalas.routine.monteringbistandsbedomd;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * Runs before and after Task_BedomLasbehov. A door the registry knows has a kodlås needs no
 * question; an answer given is stored on the household's door for later routines.
 */
@Component("kodlasCheck")
class KodlasCheck implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;

  KodlasCheck(BrukareRegistry brukare, HouseholdRegistry households) {
    this.brukare = brukare;
    this.households = households;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    Household household = households
        .findById(brukare.require(variables.brukareId()).householdId())
        .orElseThrow();
    Optional<Boolean> answer = variables.harKodlas();
    if (household.hasKnownKodlas()) {
      variables.setHarKodlas(true);
    } else if (answer.isPresent()) {
      households.recordKodlas(household.id(), answer.get());
    } else {
      variables.setHarKodlas(false);
    }
  }
}
