package se.digitalalas.process.variables;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A registry id the service sets itself; its absence is a fault of the process, not of a user. */
public final class IdVariable extends ContractVariable {

  IdVariable(String name, String label) {
    super(name, label);
  }

  /** @throws ProcessDataMissing when the variable is not there: an incident, not a refusal */
  public long require(VariableScope scope) {
    if (scope.getVariable(name()) instanceof Number number) {
      return number.longValue();
    }
    throw new ProcessDataMissing(name());
  }

  public void set(VariableScope scope, long id) {
    scope.setVariable(name(), id);
  }

  @Override
  public boolean isAnswered(VariableScope scope) {
    return scope.getVariable(name()) instanceof Number;
  }
}
