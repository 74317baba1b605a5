package se.digitalalas.process.variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A Boolean variable: a question (answered yes or no, or not yet) or a checkpoint (confirmed
 * only by an explicit true; absent is not confirmed).
 */
public final class BooleanVariable extends ContractVariable {

  BooleanVariable(String name, String label) {
    super(name, label);
  }

  /** Empty when the question has not been answered; a value other than true or false is refused. */
  public Optional<Boolean> answer(VariableScope scope) {
    return new VariableReader(scope).bool(name(), label());
  }

  /** The checkpoint rule: only an explicit true confirms. */
  public boolean isConfirmed(VariableScope scope) {
    return answer(scope).orElse(false);
  }

  public void set(VariableScope scope, boolean value) {
    scope.setVariable(name(), value);
  }

  @Override
  public boolean isAnswered(VariableScope scope) {
    return answer(scope).isPresent();
  }
}
