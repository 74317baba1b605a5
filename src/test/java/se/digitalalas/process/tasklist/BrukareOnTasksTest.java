package se.digitalalas.process.tasklist;

import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;

class BrukareOnTasksTest {

  private final BrukareOnTasks.CopyToTask copy = new BrukareOnTasks.CopyToTask();

  @Test
  void theBrukaresNameAndAddressBecomeTaskVariables() {
    DelegateTask task = VariableScopes.task(Map.of(NAMN.name(), "Astrid Andersson", ADRESS.name(), "Storgatan 1",
        POSTNUMMER.name(), "123 45", ORT.name(), "Småstad", PERSONNUMMER.name(), "194001011230"));

    copy.notify(task);

    verify(task).setVariableLocal(NAMN.name(), "Astrid Andersson");
    verify(task).setVariableLocal(ADRESS.name(), "Storgatan 1");
    verify(task).setVariableLocal(POSTNUMMER.name(), "123 45");
    verify(task).setVariableLocal(ORT.name(), "Småstad");
    verify(task, never()).setVariableLocal(eq(PERSONNUMMER.name()), any());
  }

  @Test
  void nothingIsWrittenForWhatTheProcessDoesNotKnow() {
    DelegateTask task = VariableScopes.task(Map.of(NAMN.name(), "Astrid Andersson"));

    copy.notify(task);

    verify(task).setVariableLocal(NAMN.name(), "Astrid Andersson");
    verify(task, never()).setVariableLocal(eq(ADRESS.name()), any());
  }
}
