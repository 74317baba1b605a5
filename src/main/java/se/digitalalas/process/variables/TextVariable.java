package se.digitalalas.process.variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A String variable; read trimmed, blank counts as not given. */
public final class TextVariable extends ContractVariable {

  TextVariable(String name, String label) {
    super(name, label);
  }

  public Optional<String> from(VariableScope scope) {
    return Optional.ofNullable(new VariableReader(scope).text(name()));
  }

  /** The text, or null when it was not given. */
  public String orNull(VariableScope scope) {
    return from(scope).orElse(null);
  }

  public void set(VariableScope scope, String value) {
    scope.setVariable(name(), value);
  }

  @Override
  public boolean isAnswered(VariableScope scope) {
    return from(scope).isPresent();
  }
}
