package se.digitalalas.routine.monteringbistandsbedomd;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.refusal.Refusal;

/**
 * Task_BedomLasbehov is complete only with every checkpoint answered: run synchronously right
 * after the task, a refusal rolls the completion back and the task stays open.
 */
@Component("lasbehovAnswers")
class LasbehovAnswers implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireAnswered(execution, "Besvara alla kontrollpunkter. Saknar svar",
        HAR_KODLAS, FYSISKA_NYCKLAR_FINNS, OPPNAR_SJALV, VILL_INTE_HA_LAS);
    if (FYSISKA_NYCKLAR_FINNS.isConfirmed(execution) && NYCKELNUMMER.from(execution).isEmpty()) {
      throw new Refusal("Ange nyckelnummer när fysiska nycklar finns");
    }
  }
}
