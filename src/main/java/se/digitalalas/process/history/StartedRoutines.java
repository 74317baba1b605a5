package se.digitalalas.process.history;

import static se.digitalalas.process.variables.Contract.NAMN;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import se.digitalalas.security.AsTheService;
import se.digitalalas.security.StaffGroup;

/**
 * The routines a staff member started ("Mina rutiner"): the top instances of the processes
 * startable in Tasklist whose starter the engine recorded as this user, newest first, within
 * {@link StartedRoutinesProperties}. A finished one tells its outcome, the named end event it
 * reached in the top process; a running one its current steps, in the routine and the routines
 * it called. Read as the service: the starter sees what became of their own starts, whoever has
 * the tasks now.
 */
@Component
@EnableConfigurationProperties(StartedRoutinesProperties.class)
public class StartedRoutines {

  /** Activity instances that only contain others: never a step of their own. */
  private static final Set<String> SCOPES = Set.of("callActivity", "subProcess", "multiInstanceBody",
      "transaction", "adHocSubProcess");

  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final AsTheService asTheService;
  private final StartedRoutinesProperties properties;
  private final Clock clock;

  public StartedRoutines(HistoryService history, RepositoryService repository, TaskService tasks,
      IdentityService identity, StartedRoutinesProperties properties, Clock clock) {
    this.history = history;
    this.repository = repository;
    this.tasks = tasks;
    this.asTheService = new AsTheService(identity);
    this.properties = properties;
    this.clock = clock;
  }

  /** The user's routines started since {@code since}, newest first, at most the limit. */
  public record Listing(Date since, List<StartedRoutine> routines) {
  }

  public Listing startedBy(String userId) {
    Date since = Date.from(ZonedDateTime.now(clock).minus(properties.period()).toInstant());
    return new Listing(since, asTheService.lookup(() -> read(userId, since)));
  }

  private List<StartedRoutine> read(String userId, Date since) {
    String[] startable = repository.createProcessDefinitionQuery().startableInTasklist().list().stream()
        .map(ProcessDefinition::getKey).distinct().toArray(String[]::new);
    if (startable.length == 0) {
      return List.of();
    }
    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
        .startedBy(userId)
        .rootProcessInstances()
        .processDefinitionKeyIn(startable)
        .startedAfter(since)
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, properties.limit());
    Map<String, String> brukare = brukareNames(started);
    List<StartedRoutine> routines = new ArrayList<>();
    for (HistoricProcessInstance instance : started) {
      routines.add(routine(instance, brukare.get(instance.getId())));
    }
    return routines;
  }

  private StartedRoutine routine(HistoricProcessInstance instance, String brukare) {
    String name = instance.getProcessDefinitionName() == null
        ? instance.getProcessDefinitionKey() : instance.getProcessDefinitionName();
    if (instance.getEndTime() == null) {
      return new StartedRoutine(instance.getId(), instance.getProcessDefinitionKey(), name, brukare,
          instance.getStartTime(), null, StartedRoutine.State.RUNNING, null, currentSteps(instance));
    }
    Optional<String> outcome = HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
        ? Optional.empty() : outcome(instance);
    return new StartedRoutine(instance.getId(), instance.getProcessDefinitionKey(), name, brukare,
        instance.getStartTime(), instance.getEndTime(),
        outcome.isPresent() ? StartedRoutine.State.COMPLETED : StartedRoutine.State.CANCELLED,
        outcome.orElse(null), List.of());
  }

  /**
   * The end event of the top process reached last: the one that ended it (in order of occurrence
   * where two ended in the same millisecond).
   */
  private Optional<String> outcome(HistoricProcessInstance instance) {
    HistoricActivityInstance last = null;
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .finished()
        .orderPartiallyByOccurrence().asc()
        .list()) {
      boolean topEndEvent = activity.getActivityType() != null && activity.getActivityType().endsWith("EndEvent")
          && instance.getId().equals(activity.getParentActivityInstanceId());
      if (topEndEvent && (last == null || !activity.getEndTime().before(last.getEndTime()))) {
        last = activity;
      }
    }
    return Optional.ofNullable(last).map(StartedRoutines::nameOf);
  }

  private static String nameOf(HistoricActivityInstance activity) {
    return activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
  }

  /** What the routine waits for now: open tasks with their groups, else any other waiting step. */
  private List<StartedRoutine.Step> currentSteps(HistoricProcessInstance root) {
    List<String> tree = new ArrayList<>();
    tree.add(root.getId());
    history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).unfinished().list().stream()
        .map(HistoricProcessInstance::getId)
        .filter(id -> !id.equals(root.getId()))
        .forEach(tree::add);
    List<HistoricActivityInstance> waiting = new ArrayList<>();
    for (String processInstanceId : tree) {
      waiting.addAll(history.createHistoricActivityInstanceQuery()
          .processInstanceId(processInstanceId).unfinished().orderPartiallyByOccurrence().asc().list());
    }
    waiting.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
    List<StartedRoutine.Step> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : waiting) {
      if (SCOPES.contains(activity.getActivityType())) {
        continue;
      }
      steps.add(new StartedRoutine.Step(nameOf(activity),
          activity.getTaskId() == null ? List.of() : candidateGroups(activity.getTaskId())));
    }
    return steps;
  }

  private List<String> candidateGroups(String taskId) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        String group = StaffGroup.displayNameOf(link.getGroupId());
        if (!groups.contains(group)) {
          groups.add(group);
        }
      }
    }
    return groups;
  }

  /** The brukare's name as the routine holds it: typed by the starter, or read from the registry. */
  private Map<String, String> brukareNames(List<HistoricProcessInstance> instances) {
    Map<String, String> names = new HashMap<>();
    if (instances.isEmpty()) {
      return names;
    }
    Set<String> ids = new HashSet<>();
    instances.forEach(instance -> ids.add(instance.getId()));
    history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids.toArray(String[]::new))
        .variableName(NAMN.name())
        .disableBinaryFetching()
        .list().stream()
        .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId()))
        .filter(variable -> variable.getValue() instanceof String)
        .forEach(variable -> names.put(variable.getProcessInstanceId(), (String) variable.getValue()));
    return names;
  }
}
