package se.digitalalas.process.variables;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.refusal.Refusal;

/**
 * Reads process variables as they arrive from REST (typed) and from Camunda Forms (often
 * strings), for the typed variable class of each process. A value that is not of its type is
 * refused naming the field; it is never coerced.
 */
public final class VariableReader {

  private final VariableScope scope;

  public VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  /**
   * Trimmed; null when missing or blank. Control characters are refused; free text (several
   * lines) may hold tabs and line breaks.
   */
  public String text(String name, String label, boolean freeText) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String || value instanceof Number)) {
      throw new Refusal("Ogiltigt värde för " + label + ": ange en text");
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.chars().anyMatch(c -> isForbidden(c, freeText))) {
      throw new Refusal("Ogiltigt värde för " + label + ": texten innehåller otillåtna tecken");
    }
    return text;
  }

  /** Empty when the question has not been answered; anything but true or false is refused. */
  public Optional<Boolean> bool(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      return Optional.empty();
    }
    if (value instanceof Boolean answer) {
      return Optional.of(answer);
    }
    if (value instanceof String answer) {
      switch (answer.strip().toLowerCase(Locale.ROOT)) {
        case "true":
          return Optional.of(true);
        case "false":
          return Optional.of(false);
        default:
          break;
      }
    }
    throw new Refusal("Ogiltigt värde för " + label + ": ange ja eller nej");
  }

  private static boolean isForbidden(int c, boolean freeText) {
    if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
      return false;
    }
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
