package se.digitalalas.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and what each may do, idempotently, every time the service starts.
 * Tasks need no grant here: the engine gives a candidate group READ and TASK_WORK on each task
 * offered to it, so a group sees and completes only its own tasks.
 */
@Component
public class AuthorizationSetup {

  static final String TASKLIST = "tasklist";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  AuthorizationSetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  public void apply() {
    for (StaffGroup group : StaffGroup.values()) {
      ensureGroup(group);
      grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group.id(), Resources.GROUP, group.id(), Permissions.READ);
      grant(group.id(), Resources.USER, ANY, Permissions.READ);
      grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      for (String processKey : group.startableProcesses()) {
        grant(group.id(), Resources.PROCESS_DEFINITION, processKey,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group.id(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    if (!authorization.isPermissionGranted(permission)) {
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureGroup(StaffGroup staffGroup) {
    if (identityService.createGroupQuery().groupId(staffGroup.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(staffGroup.id());
    group.setName(staffGroup.displayName());
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }
}
