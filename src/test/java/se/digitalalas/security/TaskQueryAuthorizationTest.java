package se.digitalalas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/** Which checks the mapper writes itself; every other one is left to the engine's SQL. */
class TaskQueryAuthorizationTest {

  @Test
  void writesTheTaskQuerysOwnCheck() {
    assertThat(TaskQueryAuthorization.handles(check(checks(true,
        permission(Resources.TASK, "RES.ID_", Permissions.READ),
        permission(Resources.PROCESS_DEFINITION, "D.KEY_", Permissions.READ_TASK))))).isTrue();
  }

  @Test
  void leavesNoCheckAnAnonymousCallerAndOtherShapesToTheEngine() {
    assertThat(TaskQueryAuthorization.handles(new AuthorizationCheck())).isFalse();
    assertThat(TaskQueryAuthorization.handles(null)).isFalse();

    AuthorizationCheck anonymous = check(checks(true, permission(Resources.TASK, "RES.ID_", Permissions.READ)));
    anonymous.setAuthUserId(null);
    assertThat(TaskQueryAuthorization.handles(anonymous)).isFalse();

    assertThat(TaskQueryAuthorization.handles(check(checks(false,
        permission(Resources.TASK, "RES.ID_", Permissions.READ),
        permission(Resources.PROCESS_DEFINITION, "D.KEY_", Permissions.READ_TASK))))).isFalse();
    assertThat(TaskQueryAuthorization.handles(check(checks(true,
        permission(Resources.PROCESS_INSTANCE, "RES.PROC_INST_ID_", Permissions.READ))))).isFalse();
    PermissionCheck oneTask = permission(Resources.TASK, null, Permissions.READ);
    oneTask.setResourceId("4711");
    assertThat(TaskQueryAuthorization.handles(check(checks(true, oneTask)))).isFalse();

    CompositePermissionCheck nested = checks(true, permission(Resources.TASK, "RES.ID_", Permissions.READ));
    nested.addCompositeCheck(checks(true, permission(Resources.TASK, "RES.ID_", Permissions.READ)));
    assertThat(TaskQueryAuthorization.handles(check(nested))).isFalse();
  }

  private static AuthorizationCheck check(CompositePermissionCheck permissions) {
    AuthorizationCheck check = new AuthorizationCheck("u1", List.of("g1"), permissions, false);
    check.setAuthorizationCheckEnabled(true);
    return check;
  }

  private static CompositePermissionCheck checks(boolean disjunctive, PermissionCheck... permissions) {
    CompositePermissionCheck checks = new CompositePermissionCheck(disjunctive);
    for (PermissionCheck permission : permissions) {
      checks.addAtomicCheck(permission);
    }
    return checks;
  }

  private static PermissionCheck permission(Resource resource, String column, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceIdQueryParam(column);
    check.setPermission(permission);
    return check;
  }
}
