package se.digitalalas.process.variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A whole number (Long) the service computes, such as an age. */
public final class NumberVariable extends ContractVariable {

  NumberVariable(String name, String label) {
    super(name, label);
  }

  public Optional<Long> from(VariableScope scope) {
    return scope.getVariable(name()) instanceof Number number
        ? Optional.of(number.longValue())
        : Optional.empty();
  }

  public void set(VariableScope scope, long value) {
    scope.setVariable(name(), value);
  }

  @Override
  public boolean isAnswered(VariableScope scope) {
    return from(scope).isPresent();
  }
}
