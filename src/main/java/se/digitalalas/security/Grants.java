package se.digitalalas.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants a group a permission on a resource, once: granting again changes nothing. Takes back a
 * grant an earlier version gave, as often as asked: once gone, revoking again changes nothing.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = find(groupId, resource, resourceId);
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

  /** The group's grant loses the permission; a grant left with none is deleted. */
  public void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = find(groupId, resource, resourceId);
    if (authorization == null || !authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.removePermission(permission);
    boolean noneLeft = Arrays.stream(authorization.getPermissions(Permissions.values()))
        .allMatch(left -> left == Permissions.NONE);
    if (noneLeft) {
      authorizationService.deleteAuthorization(authorization.getId());
    } else {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private Authorization find(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }
}
