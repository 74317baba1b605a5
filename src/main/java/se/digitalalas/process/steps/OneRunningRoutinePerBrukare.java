package se.digitalalas.process.steps;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;

/**
 * Start listener after brukareIntake: a brukare with this routine already running is not
 * started twice. The running routine is found by process key and business key.
 */
@Component("oneRunningRoutinePerBrukare")
class OneRunningRoutinePerBrukare implements ExecutionListener {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final RuntimeService runtimeService;
  private final ProcessDefinitions definitions;

  OneRunningRoutinePerBrukare(RuntimeService runtimeService, ProcessDefinitions definitions) {
    this.runtimeService = runtimeService;
    this.definitions = definitions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      throw new IllegalStateException("oneRunningRoutinePerBrukare runs after brukareIntake, which sets the business key");
    }
    boolean running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(definitions.key(execution))
        .processInstanceBusinessKey(businessKey)
        .list()
        .stream()
        .anyMatch(instance -> !instance.getId().equals(execution.getProcessInstanceId()));
    if (running) {
      throw new Refusal("Det finns redan en pågående " + routineNoun(definitions.name(execution)) + " för brukaren");
    }
  }

  /** "Montering av digitalt lås – …" → "montering": models are named "<what> av digitalt lås …". */
  private static String routineNoun(String processName) {
    return processName.strip().split("\\s+")[0].toLowerCase(SWEDISH);
  }
}
