package se.digitalalas.access;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The staff member the engine sees for this thread: the identity the REST authentication filter
 * set for an /api or /engine-rest request, or the user completing a task when a delegate runs in
 * that request. Empty in a job (no one is signed in).
 */
@Component
public class CurrentStaff {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public CurrentStaff(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  public Optional<Staff> current() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(of(caller.getUserId(), caller.getGroupIds()));
  }

  /** The staff member with these groups, an administrator as the engine counts them. */
  public Staff of(String userId, List<String> groupIds) {
    List<String> groups = groupIds == null ? List.of() : groupIds;
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    boolean administrator = adminUsers != null && adminUsers.contains(userId)
        || adminGroups != null && groups.stream().anyMatch(adminGroups::contains);
    return new Staff(userId, groups, administrator);
  }
}
