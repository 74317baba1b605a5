package se.digitalalas.process.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.running.RunningRoutineRegistry;

/**
 * Every process, whatever its model, frees its brukare when its instance ends: completed,
 * terminated, cancelled or deleted. The end listener is built in, so it runs even when an
 * administrator deletes with skipCustomListeners; it is the counterpart of
 * {@link OneRunningRoutinePerBrukare} and needs nothing in the models.
 */
@Component
class RunningRoutineEnd extends AbstractProcessEnginePlugin {

  private final RunningRoutineRegistry running;

  RunningRoutineEnd(RunningRoutineRegistry running) {
    this.running = running;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new OnEveryProcess(new EndListener(running)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static final class OnEveryProcess extends AbstractBpmnParseListener {

    private final ExecutionListener end;

    OnEveryProcess(ExecutionListener end) {
      this.end = end;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, end);
    }
  }

  static final class EndListener implements ExecutionListener {

    private final RunningRoutineRegistry running;

    EndListener(RunningRoutineRegistry running) {
      this.running = running;
    }

    @Override
    public void notify(DelegateExecution execution) {
      running.end(execution.getProcessInstanceId());
    }
  }
}
