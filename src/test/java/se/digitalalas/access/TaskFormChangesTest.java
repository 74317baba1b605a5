package se.digitalalas.access;

import static org.mockito.Mockito.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

class TaskFormChangesTest {

  private final BrukareAccess access = mock(BrukareAccess.class);
  private final TaskFormChanges changes = new TaskFormChanges(access);

  @Test
  void aCompletedTaskIsAChangeOfItsBrukareByTheTaskForm() {
    changes.onTaskEvent(task("complete", 7L));

    verify(access).changed(7L, "Slutförde uppgiften Boka nedmontering", AccessChannel.TASK_FORM);
  }

  @Test
  void otherTaskEventsAndTasksWithoutABrukareAreNotLogged() {
    changes.onTaskEvent(task("create", 7L));
    changes.onTaskEvent(task("assignment", 7L));
    changes.onTaskEvent(task("complete", null));

    verifyNoInteractions(access);
  }

  private static DelegateTask task(String event, Long brukareId) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getEventName()).thenReturn(event);
    when(task.getName()).thenReturn("Boka nedmontering");
    when(task.getVariable(TaskFormChanges.BRUKARE_ID)).thenReturn(brukareId);
    return task;
  }
}
