package se.digitalalas.process.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history as it is, without the copies {@link BrukareOnTasks} puts on each task: the
 * brukare's name and address are in the history once, as the process's variables, not once more
 * per task (a variable instance and a detail row each, for every task). The copies exist for
 * Tasklist's columns while the task is open; nothing reads their history.
 */
@Component
public class TaskCopiesOutOfHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>(List.of(new WithoutTaskCopies(new DbHistoryEventHandler())));
    Optional.ofNullable(configuration.getCustomHistoryEventHandlers()).ifPresent(handlers::addAll);
    configuration.setCustomHistoryEventHandlers(handlers);
    // the engine's own database handler would write every event: ours wraps it instead
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  static final class WithoutTaskCopies implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutTaskCopies(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isTaskCopy(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    static boolean isTaskCopy(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
          && BrukareOnTasks.COLUMNS.containsKey(variable.getVariableName());
    }
  }
}
