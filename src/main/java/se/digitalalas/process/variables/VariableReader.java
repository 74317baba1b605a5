package se.digitalalas.process.variables;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process variables as they arrive from REST (typed) and from Camunda Forms (often
 * strings), for the typed variable class of each process.
 */
public final class VariableReader {

  private final VariableScope scope;

  public VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  /** Trimmed; null when missing or blank. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** Empty when the question has not been answered. */
  public Optional<Boolean> bool(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean answer) {
      return Optional.of(answer);
    }
    if (value instanceof String answer && !answer.isBlank()) {
      return Optional.of(Boolean.parseBoolean(answer.strip()));
    }
    return Optional.empty();
  }
}
