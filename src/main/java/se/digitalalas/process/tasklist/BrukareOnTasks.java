package se.digitalalas.process.tasklist;

import static se.digitalalas.process.variables.Contract.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows who a task is for: every user task gets the brukare's name and address with
 * postnummer and ort (and a removal's last day) as task variables when it is created. A group may read its tasks' variables, not the process
 * instance's, so without this copy the task list would show staff nothing but task names.
 */
@Component
public class BrukareOnTasks extends AbstractProcessEnginePlugin {

  /** Process variable → column label in the Tasklist filters. */
  static final Map<String, String> COLUMNS = columns();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPreBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new OnEveryUserTask());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put(NAMN.name(), "Brukare");
    columns.put(ADRESS.name(), "Adress");
    columns.put(POSTNUMMER.name(), "Postnummer");
    columns.put(ORT.name(), "Ort");
    columns.put(NEDMONTERING_SENAST.name(), "Nedmonteras senast");
    return columns;
  }

  private static final class OnEveryUserTask extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, new CopyToTask());
    }
  }

  static final class CopyToTask implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      for (String name : COLUMNS.keySet()) {
        Object value = task.getVariable(name);
        if (value != null) {
          task.setVariableLocal(name, value);
        }
      }
    }
  }
}
