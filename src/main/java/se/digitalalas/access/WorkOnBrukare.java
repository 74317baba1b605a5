package se.digitalalas.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import se.digitalalas.security.AsTheService;

/**
 * Whether a staff member's groups (or they themselves) have a task on a brukare, or had one that
 * ended within digitalalas.access.recent-work. A task is on the brukare when its process
 * instance's variable brukareId is the brukare's registry id (a called process gets it through
 * its camunda:in). The engine is asked as the service, not as the caller: the caller's own
 * authorizations would hide exactly the tasks the question is about.
 *
 * <p>Open tasks: candidate group among the staff member's groups (claimed ones included) or
 * assigned to them. Ended tasks: a candidate group the task had (Camunda's identity link
 * history, history level full) or the assignee, ended after the cutoff.
 */
@Component
class WorkOnBrukare {

  static final String BRUKARE_ID = "brukareId";

  private final TaskService tasks;
  private final HistoryService history;
  private final AsTheService asTheService;
  private final AccessProperties properties;
  private final Clock clock;

  WorkOnBrukare(TaskService tasks, HistoryService history, IdentityService identity,
      AccessProperties properties, Clock clock) {
    this.tasks = tasks;
    this.history = history;
    this.asTheService = new AsTheService(identity);
    this.properties = properties;
    this.clock = clock;
  }

  boolean hadWork(Staff staff, long brukareId) {
    return asTheService.lookup(() -> hasOpenTask(staff, brukareId) || hadRecentTask(staff, brukareId));
  }

  private boolean hasOpenTask(Staff staff, long brukareId) {
    Long id = brukareId;
    if (!staff.groupIds().isEmpty() && tasks.createTaskQuery()
        .processVariableValueEquals(BRUKARE_ID, id)
        .taskCandidateGroupIn(staff.groupIds())
        .includeAssignedTasks()
        .count() > 0) {
      return true;
    }
    return tasks.createTaskQuery().processVariableValueEquals(BRUKARE_ID, id)
        .taskAssignee(staff.userId()).count() > 0;
  }

  private boolean hadRecentTask(Staff staff, long brukareId) {
    Long id = brukareId;
    LocalDateTime cutoff = LocalDateTime.now(clock).minus(properties.recentWork());
    Date since = Date.from(cutoff.atZone(clock.getZone()).toInstant());
    for (String group : staff.groupIds()) {
      if (history.createHistoricTaskInstanceQuery()
          .processVariableValueEquals(BRUKARE_ID, id)
          .taskHadCandidateGroup(group)
          .finishedAfter(since)
          .count() > 0) {
        return true;
      }
    }
    return history.createHistoricTaskInstanceQuery()
        .processVariableValueEquals(BRUKARE_ID, id)
        .taskAssignee(staff.userId())
        .finishedAfter(since)
        .count() > 0;
  }

}
