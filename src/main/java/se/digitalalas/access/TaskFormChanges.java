package se.digitalalas.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every completed task form is a change of its brukare's case: one CHANGE entry, channel
 * TASK_FORM, by the staff member who completed it, in the completion's transaction (Camunda's
 * Spring eventing bridge publishes each task event to Spring).
 */
@Component
class TaskFormChanges {

  static final String BRUKARE_ID = "brukareId";

  private final BrukareAccess access;

  TaskFormChanges(BrukareAccess access) {
    this.access = access;
  }

  @EventListener
  public void onTaskEvent(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    if (task.getVariable(BRUKARE_ID) instanceof Number brukareId) {
      access.changed(brukareId.longValue(), "Slutförde uppgiften " + task.getName(), AccessChannel.TASK_FORM);
    }
  }
}
