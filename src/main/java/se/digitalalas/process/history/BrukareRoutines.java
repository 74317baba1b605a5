package se.digitalalas.process.history;

import static se.digitalalas.process.variables.Contract.BRUKARE_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The routines that ran or run for one brukare: every process instance whose {@code brukareId}
 * variable names them, the routines the brukare's own start set it in and the processes they
 * called (which get it passed in), newest first. Read as the service: the caller's right to the
 * brukare is decided before this is asked.
 */
@Component
public class BrukareRoutines {

  private final HistoryService history;

  public BrukareRoutines(HistoryService history) {
    this.history = history;
  }

  public List<Routine> of(long brukareId) {
    List<Routine> routines = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .variableValueEquals(BRUKARE_ID.name(), brukareId)
        .list()) {
      routines.add(new Routine(instance.getId(), instance.getBusinessKey(), instance.getProcessDefinitionKey(),
          instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
              : instance.getProcessDefinitionName(),
          instance.getState(), instance.getStartTime(), instance.getEndTime(),
          instance.getSuperProcessInstanceId()));
    }
    routines.sort(Comparator.comparing(Routine::startTime, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Routine::processInstanceId));
    return routines;
  }

  /**
   * One process instance with its case reference (the business key). state is the engine's:
   * ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED; calledBy the
   * routine that called it, if any.
   */
  public record Routine(String processInstanceId, String caseReference, String processKey, String name, String state,
      Date startTime, Date endTime, String calledBy) {
  }
}
