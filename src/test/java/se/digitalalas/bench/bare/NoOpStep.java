package se.digitalalas.bench.bare;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step of the service's models (a delegateExpression bean, service task or execution listener)
 * that does none of the service's work: it only sets the variables a later gateway, timer or due
 * date reads, so that the bare engine takes the path the service takes.
 */
final class NoOpStep implements JavaDelegate, ExecutionListener {

  private final Map<String, Supplier<Object>> variables;

  private NoOpStep(Map<String, Supplier<Object>> variables) {
    this.variables = variables;
  }

  static NoOpStep nothing() {
    return new NoOpStep(Map.of());
  }

  static NoOpStep setting(String name, Supplier<Object> value) {
    return new NoOpStep(Map.of(name, value));
  }

  @Override
  public void execute(DelegateExecution execution) {
    variables.forEach((name, value) -> execution.setVariable(name, value.get()));
  }

  @Override
  public void notify(DelegateExecution execution) {
    execute(execution);
  }
}
