package se.digitalalas.process.history;

import static se.digitalalas.process.variables.Contract.BRUKARE_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The routines that ran or run for one brukare: every process instance whose business key is
 * the brukare's personnummer or whose {@code brukareId} variable names them (a called routine
 * such as the lock installation has no business key of its own), newest first. Read as the
 * service: the caller's right to the brukare is decided before this is asked.
 */
@Component
public class BrukareRoutines {

  private final HistoryService history;

  public BrukareRoutines(HistoryService history) {
    this.history = history;
  }

  public List<Routine> of(long brukareId, String personnummer) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    history.createHistoricProcessInstanceQuery()
        .variableValueEquals(BRUKARE_ID.name(), brukareId)
        .list()
        .forEach(instance -> found.put(instance.getId(), instance));
    if (personnummer != null) {
      history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(personnummer)
          .list()
          .forEach(instance -> found.putIfAbsent(instance.getId(), instance));
    }
    List<Routine> routines = new ArrayList<>();
    for (HistoricProcessInstance instance : found.values()) {
      routines.add(new Routine(instance.getId(), instance.getProcessDefinitionKey(),
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
   * One process instance. state is the engine's: ACTIVE, SUSPENDED, COMPLETED,
   * EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED; calledBy the routine that called it, if any.
   */
  public record Routine(String processInstanceId, String processKey, String name, String state,
      Date startTime, Date endTime, String calledBy) {
  }
}
