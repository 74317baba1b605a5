package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;

/**
 * After Task_KontrolleraHemtjanst: the question answered, and "no hemtjänst remains" only when
 * the registry agrees. A lock comes off only when every verkställighet is closed (LP §3b.3), and
 * hemtjänst is closed by its own routine (the avbeställning, with the keys), not by this one.
 */
@Component("hemtjanstAnswer")
class HemtjanstAnswer implements JavaDelegate {

  static final String HEMTJANST_OPEN = "Hemtjänstinsatser kvarstår: brukaren har hemtjänst i registret. "
      + "Markera att hemtjänstinsatserna kvarstår (akten flyttas till hemtjänst och låset sitter kvar). Har "
      + "hemtjänsten upphört avslutas den genom biståndshandläggarens avbeställning, som också nedmonterar låset";

  private final BrukareRegistry brukare;

  HemtjanstAnswer(BrukareRegistry brukare) {
    this.brukare = brukare;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireAnswered(execution, "Fyll i alla uppgifter innan uppgiften slutförs. Saknas", HEMTJANST_KVARSTAR);
    if (!HEMTJANST_KVARSTAR.isConfirmed(execution)
        && brukare.require(BRUKARE_ID.require(execution)).insatsHemtjanst()) {
      throw new Refusal(HEMTJANST_OPEN);
    }
  }
}
