package se.digitalalas.process.steps;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.variables.Contract;
import se.digitalalas.process.variables.ContractVariable;
import se.digitalalas.refusal.Refusal;

/**
 * The check of a user task's answers, as the service task right after it, for tasks whose check
 * is nothing but "these are answered": the model names the contract variables in the input
 * parameter {@code obligatoriska} (comma-separated). A question must be true or false, a text
 * given, a date readable. Refused with every missing answer named; the task stays open.
 */
@Component("answerCheck")
class AnswerCheck implements JavaDelegate {

  static final String OBLIGATORISKA = "obligatoriska";

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing = required(execution).stream()
        .filter(variable -> !variable.isAnswered(execution))
        .map(ContractVariable::label)
        .toList();
    if (!missing.isEmpty()) {
      throw new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: " + String.join(", ", missing));
    }
  }

  private static List<ContractVariable> required(DelegateExecution execution) {
    Object names = execution.getVariableLocal(OBLIGATORISKA);
    if (names == null || names.toString().isBlank()) {
      throw new IllegalStateException("answerCheck needs the input parameter " + OBLIGATORISKA);
    }
    return Arrays.stream(names.toString().split(","))
        .map(String::strip)
        .map(name -> Contract.named(name).orElseThrow(
            () -> new IllegalStateException(OBLIGATORISKA + " names " + name + ", not a contract variable")))
        .toList();
  }
}
