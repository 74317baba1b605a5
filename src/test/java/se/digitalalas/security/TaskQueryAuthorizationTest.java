package se.digitalalas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.junit.jupiter.api.Test;

/** Which checks the mapper writes itself; every other one is left to the engine's SQL. */
class TaskQueryAuthorizationTest {

  @Test
  void writesTheTaskQuerysOwnCheck() {
    assertThat(TaskQueryAuthorization.handles(check(new PermissionCheckBuilder().disjunctive()
        .atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ)
        .atomicCheck(Resources.PROCESS_DEFINITION, "D.KEY_", Permissions.READ_TASK).build()))).isTrue();
  }

  @Test
  void leavesNoCheckAnAnonymousCallerAndOtherShapesToTheEngine() {
    assertThat(TaskQueryAuthorization.handles(new AuthorizationCheck())).isFalse();
    assertThat(TaskQueryAuthorization.handles(null)).isFalse();

    AuthorizationCheck anonymous = check(new PermissionCheckBuilder().disjunctive()
        .atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ).build());
    anonymous.setAuthUserId(null);
    assertThat(TaskQueryAuthorization.handles(anonymous)).isFalse();

    assertThat(TaskQueryAuthorization.handles(check(new PermissionCheckBuilder().conjunctive()
        .atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ)
        .atomicCheck(Resources.PROCESS_DEFINITION, "D.KEY_", Permissions.READ_TASK).build()))).isFalse();
    assertThat(TaskQueryAuthorization.handles(check(new PermissionCheckBuilder().disjunctive()
        .atomicCheck(Resources.PROCESS_INSTANCE, "RES.PROC_INST_ID_", Permissions.READ).build()))).isFalse();

    CompositePermissionCheck nested = new CompositePermissionCheck(true);
    nested.addAtomicCheck(permission("RES.ID_"));
    nested.addCompositeCheck(new PermissionCheckBuilder().disjunctive()
        .atomicCheck(Resources.TASK, "RES.ID_", Permissions.READ).build());
    assertThat(TaskQueryAuthorization.handles(check(nested))).isFalse();
  }

  private static AuthorizationCheck check(CompositePermissionCheck permissions) {
    AuthorizationCheck check = new AuthorizationCheck("u1", List.of("g1"), permissions, false);
    check.setAuthorizationCheckEnabled(true);
    return check;
  }

  private static PermissionCheck permission(String column) {
    PermissionCheck permission = new PermissionCheck();
    permission.setResource(Resources.TASK);
    permission.setResourceIdQueryParam(column);
    permission.setPermission(Permissions.READ);
    return permission;
  }
}
