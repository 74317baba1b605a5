package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/**
 * Start listener after brukareIntake (it needs brukareId): records the routine as the brukare's
 * running one in the start transaction. A second start of the same process for the brukare
 * collides with the registry's constraint and is refused, however many arrive at once;
 * {@link RunningRoutineEnd} frees the brukare when the instance ends or is deleted.
 */
@Component("oneRunningRoutinePerBrukare")
class OneRunningRoutinePerBrukare implements ExecutionListener {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  static final String RUNNING_ROUTINE = "pagaendeRutin";

  private final RunningRoutineRegistry running;
  private final ProcessDefinitions definitions;

  OneRunningRoutinePerBrukare(RunningRoutineRegistry running, ProcessDefinitions definitions) {
    this.running = running;
    this.definitions = definitions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    if (!running.start(brukareId, definitions.routineKind(execution), execution.getProcessInstanceId())) {
      throw new Refusal("Det finns redan " + runningRoutine(execution) + " för brukaren");
    }
  }

  /**
   * "en pågående montering"; a model whose name does not read "<what> av digitalt lås …" or whose
   * noun is not en-gendered says it in its property pagaendeRutin ("ett pågående byte av utförare").
   */
  private String runningRoutine(DelegateExecution execution) {
    return definitions.property(execution, RUNNING_ROUTINE)
        .orElseGet(() -> "en pågående " + routineNoun(definitions.name(execution)));
  }

  /** "Montering av digitalt lås – …" → "montering": models are named "<what> av digitalt lås …". */
  private static String routineNoun(String processName) {
    return processName.strip().split("\\s+")[0].toLowerCase(SWEDISH);
  }
}
