package se.digitalalas.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks without the read that precedes each command's first check:
 * Camunda selects every distinct GROUP_ID_ of ACT_RU_AUTHORIZATION, which holds a row per open
 * task and candidate group and so grows with the open tasks, only to drop the user's groups that
 * have no authorization at all. Such a group matches no row in the check itself, so checking with
 * all of the user's groups (staff have one or two) decides the same and saves a statement, and a
 * scan, per command.
 */
@Component
class AuthorizationWithoutGroupScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    Optional.ofNullable(configuration.getCustomSessionFactories()).ifPresent(factories::addAll);
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Replaces the engine's factory of AuthorizationManager sessions (custom ones are added last). */
  private static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AllGroupsAuthorizationManager();
    }
  }

  static final class AllGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
