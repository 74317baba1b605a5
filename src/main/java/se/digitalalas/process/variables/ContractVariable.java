package se.digitalalas.process.variables;

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

  @Override
  public String toString() {
    return name;
  }
}
