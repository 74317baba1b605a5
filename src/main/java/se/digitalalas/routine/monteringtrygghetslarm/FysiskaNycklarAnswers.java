package se.digitalalas.routine.monteringtrygghetslarm;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.refusal.Refusal;

/**
 * Task_KontrolleraFysiskaNycklar is complete only when the keys are there (LP §3a.2: "Innan
 * fysiska nycklar finns kan larmhandläggaren inte gå vidare i processen"), their nyckelnummer
 * given, and the kodlås question answered. Run synchronously right after the task: a refusal
 * rolls the completion back and the task stays open in the larmhandläggare's list until the keys
 * exist, so "no keys yet" is not an answer that moves the routine.
 */
@Component("fysiskaNycklarAnswers")
class FysiskaNycklarAnswers implements JavaDelegate {

  static final String NO_KEYS = "Fysiska nycklar till brukaren måste finnas hos larmgruppen innan processen kan gå "
      + "vidare. Slutför uppgiften när nycklarna finns";

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, FYSISKA_NYCKLAR_FINNS, NO_KEYS);
    if (NYCKELNUMMER.from(execution).isEmpty()) {
      throw new Refusal("Ange nyckelnummer för larmgruppens fysiska nycklar");
    }
    Checkpoints.requireAnswered(execution, "Besvara alla kontrollpunkter. Saknar svar", HAR_KODLAS);
  }
}
