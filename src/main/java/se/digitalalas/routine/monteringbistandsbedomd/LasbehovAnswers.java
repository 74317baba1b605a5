package se.digitalalas.routine.monteringbistandsbedomd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;

/**
 * Task_BedomLasbehov is complete only with every checkpoint answered: run synchronously right
 * after the task, a refusal rolls the completion back and the task stays open.
 */
@Component("lasbehovAnswers")
class LasbehovAnswers implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    List<String> unanswered = new ArrayList<>();
    addIfMissing(unanswered, variables.harKodlas(), "kodlås på ytterdörren");
    addIfMissing(unanswered, variables.fysiskaNycklarFinns(), "fysiska nycklar finns");
    addIfMissing(unanswered, variables.oppnarSjalv(), "öppnar dörren själv");
    addIfMissing(unanswered, variables.villInteHaLas(), "vill inte ha digitalt lås");
    if (!unanswered.isEmpty()) {
      throw new Refusal("Besvara alla kontrollpunkter. Saknar svar: " + String.join(", ", unanswered));
    }
    if (variables.fysiskaNycklarFinns().orElseThrow() && variables.nyckelnummer() == null) {
      throw new Refusal("Ange nyckelnummer när fysiska nycklar finns");
    }
  }

  private static void addIfMissing(List<String> unanswered, Optional<Boolean> answer, String label) {
    if (answer.isEmpty()) {
      unanswered.add(label);
    }
  }
}
