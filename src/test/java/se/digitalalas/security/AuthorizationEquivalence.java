package se.digitalalas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Two engines on one database, one with {@link TaskQueryAuthorization} and {@link AuthorizationChecks}
 * and one as Camunda ships it, for both of the engine's ways with revokes: every user sees the same
 * tasks through both, and every check of a named task or definition is answered the same, whatever
 * grants and revokes of users, groups and everyone on tasks, '*' and process definitions exist.
 */
final class AuthorizationEquivalence implements AutoCloseable {

  /** A member of g1, a member of g1 and g2, and a user in no group. */
  static final Map<String, List<String>> USERS = Map.of(
      "u1", List.of("g1"), "u2", List.of("g1", "g2"), "u3", List.of());

  private final List<ProcessEngine> engines = new ArrayList<>();
  private final List<String> taskIds = new ArrayList<>();
  private final Map<String, String> definitionKeys = new HashMap<>();
  private int comparisons;
  private int checkComparisons;

  AuthorizationEquivalence(String jdbcUrl, String driver, String user, String password) {
    for (String revokes : List.of("auto", "always")) {
      engines.add(engine("shipped-" + revokes, jdbcUrl, driver, user, password, revokes, false));
      engines.add(engine("lever-" + revokes, jdbcUrl, driver, user, password, revokes, true));
    }
    ProcessEngine engine = engines.get(0);
    for (String group : List.of("g1", "g2")) {
      engine.getRepositoryService().createDeployment().addModelInstance("p-" + group + ".bpmn",
          Bpmn.createExecutableProcess("p-" + group).camundaHistoryTimeToLive(1).startEvent()
              .userTask("Task_" + group).camundaCandidateGroups(group).endEvent().done()).deploy();
      for (int i = 0; i < 3; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("p-" + group);
      }
    }
    Task standalone = engine.getTaskService().newTask();
    standalone.setName("Fristående");
    engine.getTaskService().saveTask(standalone);
    engine.getTaskService().addCandidateGroup(standalone.getId(), "g1");
    engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().forEach(task -> taskIds.add(task.getId()));
    engine.getTaskService().createTaskQuery().list().stream().filter(task -> task.getProcessDefinitionId() != null)
        .forEach(task -> definitionKeys.put(task.getId(), engine.getRepositoryService()
            .getProcessDefinition(task.getProcessDefinitionId()).getKey()));
  }

  private static ProcessEngine engine(String name, String jdbcUrl, String driver, String user, String password,
      String revokes, boolean lever) {
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcDriver(driver);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setAuthorizationCheckRevokes(revokes);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setEnforceHistoryTimeToLive(false);
    if (lever) {
      configuration.getProcessEnginePlugins().add(new TaskQueryAuthorization());
      configuration.getProcessEnginePlugins().add(new AuthorizationChecks());
    }
    return configuration.buildProcessEngine();
  }

  /** The g1 task that a scenario names by its place among the process tasks (0 to 2) and g2's (3 to 5). */
  String task(int index) {
    return taskIds.get(index);
  }

  /** Adds the authorization, compares every user and query, and takes it away again. */
  void with(int type, Consumer<Authorization> owner, Resource resource, String resourceId, Permission permission) {
    AuthorizationService authorizations = engines.get(0).getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(type);
    owner.accept(authorization);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(permission);
    } else {
      authorization.addPermission(permission);
    }
    Authorization saved = authorizations.saveAuthorization(authorization);
    try {
      compareAll();
    } finally {
      authorizations.deleteAuthorization(saved.getId());
    }
  }

  void compareAll() {
    USERS.forEach((user, groups) -> {
      compare(user, groups, query -> query);
      compare(user, groups, query -> query.taskCandidateGroup("g1").includeAssignedTasks().orderByDueDate().asc());
      compare(user, groups, query -> query.or().taskCandidateGroup("g2").processDefinitionKey("p-g1").endOr());
      compareChecks(user, groups);
    });
  }

  /** Every shape of check the engine makes of a named resource, for each task, as each engine answers it. */
  private void compareChecks(String user, List<String> groups) {
    for (int pair = 0; pair < engines.size(); pair += 2) {
      ProcessEngine shipped = engines.get(pair);
      ProcessEngine lever = engines.get(pair + 1);
      for (String taskId : taskIds) {
        String definition = definitionKeys.get(taskId);
        List<Boolean> answers = answers(lever, user, groups, taskId, definition);
        assertThat(answers)
            .as("%s as %s on task %s (%s), compared with %s", lever.getName(), user, taskId, definition, shipped.getName())
            .isEqualTo(answers(shipped, user, groups, taskId, definition));
        checkComparisons += answers.size();
      }
    }
  }

  private static List<Boolean> answers(ProcessEngine engine, String user, List<String> groups, String taskId,
      String definition) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> NamedChecks.of(taskId, definition).stream()
            .map(check -> context.getAuthorizationManager().isAuthorized(user, groups, check)).toList());
  }

  int checkComparisons() {
    return checkComparisons;
  }

  /** What the user sees as each engine's task ids (all and the first page of two) and count. */
  List<List<String>> seen(String user, String... engineNames) {
    List<List<String>> seen = new ArrayList<>();
    for (ProcessEngine engine : engines) {
      if (List.of(engineNames).contains(engine.getName())) {
        seen.add(ids(engine, user, USERS.get(user), query -> query));
      }
    }
    return seen;
  }

  int comparisons() {
    return comparisons;
  }

  private void compare(String user, List<String> groups, Function<TaskQuery, TaskQuery> criteria) {
    for (int pair = 0; pair < engines.size(); pair += 2) {
      ProcessEngine shipped = engines.get(pair);
      ProcessEngine lever = engines.get(pair + 1);
      assertThat(ids(lever, user, groups, criteria))
          .as("%s as %s, compared with %s", lever.getName(), user, shipped.getName())
          .isEqualTo(ids(shipped, user, groups, criteria));
      comparisons++;
    }
  }

  private List<String> ids(ProcessEngine engine, String user, List<String> groups,
      Function<TaskQuery, TaskQuery> criteria) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      List<String> ids = new ArrayList<>(criteria.apply(engine.getTaskService().createTaskQuery()).orderByTaskId().asc()
          .list().stream().map(Task::getId).toList());
      ids.add("count " + criteria.apply(engine.getTaskService().createTaskQuery()).count());
      criteria.apply(engine.getTaskService().createTaskQuery()).orderByTaskId().asc().listPage(1, 2)
          .forEach(task -> ids.add("page " + task.getId()));
      return ids;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  static Consumer<Authorization> user(String id) {
    return authorization -> authorization.setUserId(id);
  }

  static Consumer<Authorization> group(String id) {
    return authorization -> authorization.setGroupId(id);
  }

  static Consumer<Authorization> everyone() {
    return authorization -> authorization.setUserId(Authorization.ANY);
  }

  static final Permission READ = Permissions.READ;
  static final Permission READ_TASK = Permissions.READ_TASK;
  static final Resource TASK = Resources.TASK;
  static final Resource DEFINITION = Resources.PROCESS_DEFINITION;

  @Override
  public void close() {
    engines.forEach(ProcessEngine::close);
  }
}
