package se.digitalalas.process.variables;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mockito.quality.Strictness;

/** DelegateExecution and DelegateTask stubs whose variables live in a map. */
public final class VariableScopes {

  private VariableScopes() {
  }

  public static DelegateExecution execution(Map<String, ?> variables) {
    return backedBy(mock(DelegateExecution.class, withSettings().strictness(Strictness.LENIENT)),
        variables);
  }

  public static DelegateTask task(Map<String, ?> variables) {
    return backedBy(mock(DelegateTask.class, withSettings().strictness(Strictness.LENIENT)),
        variables);
  }

  private static <T extends VariableScope> T backedBy(T scope, Map<String, ?> initial) {
    Map<String, Object> variables = new HashMap<>(initial);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(scope.getVariableLocal(anyString()))
        .thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(scope.hasVariable(anyString()))
        .thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(scope).setVariable(anyString(), any());
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(scope).setVariableLocal(anyString(), any());
    return scope;
  }
}
