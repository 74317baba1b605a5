package se.digitalalas.process.steps;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.variables.BooleanVariable;
import se.digitalalas.process.variables.Contract;
import se.digitalalas.process.variables.ContractVariable;

/**
 * The check after a task whose answers are nothing but checkpoints: the model names them in the
 * input parameter {@code kontrollpunkter} (comma-separated contract variables). Each must be
 * confirmed with an explicit true; refused naming every one that is not, the task stays open.
 */
@Component("checkpointCheck")
class CheckpointCheck implements JavaDelegate {

  static final String KONTROLLPUNKTER = "kontrollpunkter";

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, "Bekräfta alla kontrollpunkter innan uppgiften slutförs",
        checkpoints(execution));
  }

  private static BooleanVariable[] checkpoints(DelegateExecution execution) {
    Object names = execution.getVariableLocal(KONTROLLPUNKTER);
    if (names == null || names.toString().isBlank()) {
      throw new IllegalStateException("checkpointCheck needs the input parameter " + KONTROLLPUNKTER);
    }
    return Arrays.stream(names.toString().split(","))
        .map(String::strip)
        .map(name -> checkpoint(Contract.named(name).orElseThrow(
            () -> new IllegalStateException(KONTROLLPUNKTER + " names " + name + ", not a contract variable"))))
        .toArray(BooleanVariable[]::new);
  }

  private static BooleanVariable checkpoint(ContractVariable variable) {
    if (variable instanceof BooleanVariable checkpoint) {
      return checkpoint;
    }
    throw new IllegalStateException(KONTROLLPUNKTER + " names " + variable.name() + ", not a checkpoint");
  }
}
