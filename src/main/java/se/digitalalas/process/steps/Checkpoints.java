package se.digitalalas.process.steps;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.digitalalas.process.variables.BooleanVariable;
import se.digitalalas.refusal.Refusal;

/**
 * The one rule for a user task's answers, applied by the service task that follows the task (in
 * the task's own transaction, so a refusal leaves the task open): a checkpoint is confirmed only
 * by an explicit true, and a question is answered only by true or false.
 */
public final class Checkpoints {

  private Checkpoints() {
  }

  public static void requireConfirmed(VariableScope scope, String refusal, BooleanVariable... checkpoints) {
    refuseIfAny(refusal, Arrays.stream(checkpoints).filter(c -> !c.isConfirmed(scope)).toList());
  }

  /** One checkpoint, refused with a reason of its own. */
  public static void requireConfirmed(VariableScope scope, BooleanVariable checkpoint, String refusal) {
    if (!checkpoint.isConfirmed(scope)) {
      throw new Refusal(refusal);
    }
  }

  public static void requireAnswered(VariableScope scope, String refusal, BooleanVariable... questions) {
    refuseIfAny(refusal, Arrays.stream(questions).filter(q -> q.answer(scope).isEmpty()).toList());
  }

  private static void refuseIfAny(String refusal, List<BooleanVariable> missing) {
    if (!missing.isEmpty()) {
      throw new Refusal(refusal + ": " + String.join(", ", missing.stream().map(BooleanVariable::label).toList()));
    }
  }
}
