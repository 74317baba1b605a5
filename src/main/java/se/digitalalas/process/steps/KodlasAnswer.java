package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * The answer to "kodlås på ytterdörren?" is stored on the household's door for every later
 * routine, and goes into the access log. A door already known to have a kodlås keeps it, whatever
 * the answer.
 */
@Component("kodlasAnswer")
class KodlasAnswer implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final BrukareAccess access;

  KodlasAnswer(BrukareRegistry brukare, HouseholdRegistry households, BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    Household household = households.findById(brukare.require(brukareId).householdId()).orElseThrow();
    if (household.hasKnownKodlas()) {
      HAR_KODLAS.set(execution, true);
      return;
    }
    boolean answer = HAR_KODLAS.answer(execution)
        .orElseThrow(() -> new Refusal("Svara på om ytterdörren har kodlås"));
    households.recordKodlas(household.id(), answer);
    access.changed(brukareId, DelegateChanges.KODLAS_ANSWERED, AccessChannel.DELEGATE);
  }
}
