package se.digitalalas.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine run its task query and count (Tasklist's filters, the REST task query) with the
 * authorization check of {@code task-query-authorization.xml}: the same rules as the engine's, with
 * each set of authorized ids asked once per query rather than once per task, so that a query costs
 * in proportion to the tasks it reads, not to every open task times the authorizations (README,
 * "Performance"). A check of another shape than the task query's own is left to the engine.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  /** What the engine's own fragment sees in place of the query's check: nothing to check. */
  public static final AuthorizationCheck NO_CHECK = new AuthorizationCheck();

  static final String MAPPER = "se/digitalalas/security/task-query-authorization.xml";
  static final String NAMESPACE = "se.digitalalas.security.TaskQueryAuthorization";
  static final Map<String, String> STATEMENTS = Map.of(
      "selectTaskByQueryCriteria", NAMESPACE + ".selectAuthorizedTasks",
      "selectTaskCountByQueryCriteria", NAMESPACE + ".selectAuthorizedTaskCount");
  private static final Set<String> RESOURCE_COLUMNS = Set.of("RES.ID_", "D.KEY_");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    MapperResources.load(configuration, MAPPER);
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    STATEMENTS.keySet().forEach(statement -> {
      if (mappings.containsKey(statement)) {
        throw new IllegalStateException("The engine maps " + statement + " for " + configuration.getDatabaseType()
            + " already: " + mappings.get(statement));
      }
    });
    mappings.putAll(STATEMENTS);
    sessions.setStatementMappings(mappings);
  }

  /** Whether the check is the task query's own, which the mapper writes: else the engine's SQL runs. */
  public static boolean handles(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null) {
      return false;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    return permissions.isDisjunctive()
        && permissions.getCompositeChecks().isEmpty()
        && !permissions.getAtomicChecks().isEmpty()
        && permissions.getAtomicChecks().stream().allMatch(permission -> permission.getResourceId() == null
            && RESOURCE_COLUMNS.contains(permission.getResourceIdQueryParam()));
  }
}
