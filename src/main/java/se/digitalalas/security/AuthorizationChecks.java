package se.digitalalas.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks of named resources (claim, complete, a task's variables and
 * form, a definition, …) decided by {@link AuthorizationRules} over the few rows that can decide
 * them, rather than by the engine's statement, whose SQL (over 200 parameters for a task with
 * revokes honoured) MyBatis builds anew on every check. Also without the read that precedes each
 * command's first check: Camunda selects every distinct GROUP_ID_ of ACT_RU_AUTHORIZATION, a row
 * per open task and candidate group, only to drop the user's groups that have no authorization;
 * such a group matches no row anyway, so checking with all of the user's groups decides the same.
 * Checks of other shapes, and the queries' checks, are the engine's.
 */
@Component
class AuthorizationChecks extends AbstractProcessEnginePlugin {

  static final String MAPPER = "se/digitalalas/security/authorization-rows.xml";
  static final String ROWS = "se.digitalalas.security.AuthorizationRows.selectDecidingRows";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    Optional.ofNullable(configuration.getCustomSessionFactories()).ifPresent(factories::addAll);
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    MapperResources.load(configuration, MAPPER);
  }

  /** Replaces the engine's factory of AuthorizationManager sessions (custom ones are added last). */
  private static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new LeanAuthorizationManager();
    }
  }

  static final class LeanAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
      if (!isAuthorizationEnabled()) {
        return true;
      }
      return isAuthorized(userId, groupIds, createCompositePermissionCheck(permissionCheck));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      if (!AuthorizationRules.decides(check)) {
        return super.isAuthorized(userId, groupIds, check);
      }
      for (PermissionCheck permissionCheck : check.getAllPermissionChecks()) {
        if (!isResourceValidForPermission(permissionCheck)) {
          throw LOG.invalidResourceForPermission(permissionCheck.getResource().resourceName(),
              permissionCheck.getPermission().getName());
        }
      }
      List<String> groups = filterAuthenticatedGroupIds(groupIds);
      boolean revokes = isRevokeAuthCheckEnabled(userId, groupIds);
      return new AuthorizationRules(userId, groups, revokes, rows(userId, groups, revokes, check)).authorized(check);
    }

    @SuppressWarnings("unchecked")
    private List<AuthorizationRow> rows(String userId, List<String> groups, boolean revokes,
        CompositePermissionCheck check) {
      Set<Integer> resourceTypes = new LinkedHashSet<>();
      Set<String> resourceIds = new LinkedHashSet<>();
      for (PermissionCheck permissionCheck : check.getAllPermissionChecks()) {
        resourceTypes.add(permissionCheck.getResourceType());
        if (permissionCheck.getResourceId() != null) {
          resourceIds.add(permissionCheck.getResourceId());
        }
      }
      Map<String, Object> parameters = Map.of(
          "userId", Optional.ofNullable(userId).orElse(""),
          "groupIds", groups,
          "resourceTypes", List.copyOf(resourceTypes),
          "resourceIds", List.copyOf(resourceIds),
          "revokes", revokes);
      return getDbEntityManager().selectListWithRawParameter(ROWS, parameters, 0, Integer.MAX_VALUE);
    }
  }
}
