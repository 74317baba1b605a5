package se.digitalalas.web.gate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of an engine request: on /engine-rest the identity the REST authentication
 * filter set (it runs before the gate), on Tasklist's API the user of the webapp session. An
 * administrator is who the engine treats as one (its admin users and groups, camunda-admin).
 */
@Component
class Callers {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  Callers(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  Optional<Caller> of(HttpServletRequest request, EnginePath path) {
    return path.webapp() ? fromSession(request, path.engineName()) : fromEngine();
  }

  boolean isAdministrator(Caller caller) {
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    return adminUsers != null && adminUsers.contains(caller.userId())
        || adminGroups != null && caller.groupIds().stream().anyMatch(adminGroups::contains);
  }

  private Optional<Caller> fromEngine() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds();
    return Optional.of(new Caller(authentication.getUserId(), groups == null ? List.of() : List.copyOf(groups)));
  }

  private static Optional<Caller> fromSession(HttpServletRequest request, String engineName) {
    Authentications authentications = Authentications.getCurrent();
    if (authentications == null) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return Optional.empty();
      }
      authentications = AuthenticationUtil.getAuthsFromSession(session);
    }
    if (authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
        && user.getIdentityId() != null) {
      List<String> groups = user.getGroupIds();
      return Optional.of(new Caller(user.getIdentityId(), groups == null ? List.of() : List.copyOf(groups)));
    }
    return Optional.empty();
  }
}
