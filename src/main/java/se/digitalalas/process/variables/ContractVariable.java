package se.digitalalas.process.variables;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable of the contract: its name as integrations, forms and models spell it, and
 * the Swedish label a refusal uses to name it.
 */
public abstract sealed class ContractVariable
    permits TextVariable, BooleanVariable, IdVariable, NumberVariable, DateVariable {

  private final String name;
  private final String label;

  ContractVariable(String name, String label) {
    this.name = name;
    this.label = label;
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  /** Given, and readable as its type: a question true or false, a text not blank, a date a date. */
  public abstract boolean isAnswered(VariableScope scope);

  @Override
  public String toString() {
    return name;
  }
}
