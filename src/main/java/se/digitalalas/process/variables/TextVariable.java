package se.digitalalas.process.variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A String variable; read trimmed, blank counts as not given. A line of text holds no control
 * characters; free text (a comment) may also hold tabs and line breaks.
 */
public final class TextVariable extends ContractVariable {

  private final boolean freeText;

  TextVariable(String name, String label, boolean freeText) {
    super(name, label);
    this.freeText = freeText;
  }

  public boolean isFreeText() {
    return freeText;
  }

  public Optional<String> from(VariableScope scope) {
    return Optional.ofNullable(new VariableReader(scope).text(name(), label(), freeText));
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
