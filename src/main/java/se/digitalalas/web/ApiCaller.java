package se.digitalalas.web;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.digitalalas.security.StaffGroup;

/**
 * Who calls /api: the identity the REST authentication filter ({@link RestAuthenticationConfiguration})
 * set on the engine for this request. An administrator is who the engine treats as one (its admin
 * users and groups, camunda-admin).
 */
@Component
class ApiCaller {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  ApiCaller(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** The caller is a member of one of the groups, or an administrator. */
  boolean isInOrAdministrator(StaffGroup... groups) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    for (StaffGroup group : groups) {
      if (callerGroups.contains(group.id())) {
        return true;
      }
    }
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    return adminUsers != null && adminUsers.contains(caller.getUserId())
        || adminGroups != null && callerGroups.stream().anyMatch(adminGroups::contains);
  }
}
