package se.digitalalas.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and what every group may do, idempotently, every time the service
 * starts. What a group may start comes from the models ({@link StartRights}). Tasks need no grant
 * here: the engine gives a candidate group READ and TASK_WORK on each task offered to it, so a
 * group sees and completes only its own tasks. Users: each reads only themself (the engine's
 * grant to a new user), so Tasklist shows another assignee by user id, not by name.
 */
@Component
class AuthorizationSetup {

  static final String TASKLIST = "tasklist";

  private final IdentityService identityService;
  private final Grants grants;

  AuthorizationSetup(IdentityService identityService, Grants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  void apply() {
    for (StaffGroup group : StaffGroup.values()) {
      ensureGroup(group);
      grants.grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grants.grant(group.id(), Resources.GROUP, group.id(), Permissions.READ);
      // each user reads their own profile (the engine grants it when it creates the user), no
      // one else's: a staff member does not list every user name. Earlier versions granted
      // every group READ on all users; taken back here on every start
      grants.revoke(group.id(), Resources.USER, ANY, Permissions.READ);
      grants.grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (VendorIntegration vendor : VendorIntegration.values()) {
      ensureGroup(vendor.groupId(), vendor.displayName(), Groups.GROUP_TYPE_SYSTEM);
      for (String processKey : vendor.processKeys()) {
        grants.grant(vendor.groupId(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
        grants.grant(vendor.groupId(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ_INSTANCE);
        grants.grant(vendor.groupId(), Resources.PROCESS_DEFINITION, processKey, Permissions.UPDATE_INSTANCE);
      }
    }
  }

  private void ensureGroup(StaffGroup staffGroup) {
    ensureGroup(staffGroup.id(), staffGroup.displayName(), Groups.GROUP_TYPE_WORKFLOW);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }
}
