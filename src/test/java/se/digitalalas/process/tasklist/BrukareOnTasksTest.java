package se.digitalalas.process.tasklist;

import static org.mockito.Mockito.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;

class BrukareOnTasksTest {

  private final BrukareOnTasks.CopyToTask copy = new BrukareOnTasks.CopyToTask();

  @Test
  void theBrukaresNameAndAddressBecomeTaskVariables() {
    DelegateTask task = VariableScopes.task(
        Map.of("namn", "Astrid Andersson", "adress", "Storgatan 1", "personnummer", "194001011230"));

    copy.notify(task);

    verify(task).setVariableLocal("namn", "Astrid Andersson");
    verify(task).setVariableLocal("adress", "Storgatan 1");
    verify(task, never()).setVariableLocal(eq("personnummer"), any());
  }

  @Test
  void nothingIsWrittenForWhatTheProcessDoesNotKnow() {
    DelegateTask task = VariableScopes.task(Map.of("namn", "Astrid Andersson"));

    copy.notify(task);

    verify(task).setVariableLocal("namn", "Astrid Andersson");
    verify(task, never()).setVariableLocal(eq("adress"), any());
  }
}
