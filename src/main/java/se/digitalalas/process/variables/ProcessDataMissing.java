package se.digitalalas.process.variables;

/**
 * A variable the service itself sets is missing: the model or a step is wrong, not the user's
 * input. Thrown in a job it becomes an incident in Cockpit; it is never answered as a 400.
 */
public class ProcessDataMissing extends IllegalStateException {

  public ProcessDataMissing(String variable) {
    super("Process variable " + variable + " is missing; the service sets it, no caller does");
  }
}
