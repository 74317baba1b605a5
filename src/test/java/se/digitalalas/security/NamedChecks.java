package se.digitalalas.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The shapes of check the engine makes of a named task and its definition: claim and complete
 * (checkTaskWork), reading it (checkReadTask), single permissions on the task, '*' and no id,
 * conjunctions, and a check whose "not found" is yes. (Checks composed of others the engine's own
 * statement cannot run, so the engine makes none of a named resource.)
 */
final class NamedChecks {

  private NamedChecks() {
  }

  static List<CompositePermissionCheck> of(String taskId, String definitionKey) {
    List<CompositePermissionCheck> checks = new ArrayList<>();
    checks.add(any(task(taskId, Permissions.TASK_WORK), task(taskId, Permissions.UPDATE),
        definition(definitionKey, Permissions.TASK_WORK), definition(definitionKey, Permissions.UPDATE_TASK)));
    checks.add(any(task(taskId, Permissions.READ), definition(definitionKey, Permissions.READ_TASK)));
    checks.add(any(task(taskId, Permissions.READ)));
    checks.add(any(task(taskId, Permissions.TASK_WORK)));
    checks.add(any(task("*", Permissions.READ)));
    checks.add(any(task(null, Permissions.CREATE)));
    checks.add(all(task(taskId, Permissions.READ), definition(definitionKey, Permissions.READ_TASK)));
    checks.add(all(task(taskId, Permissions.TASK_WORK), task(taskId, Permissions.UPDATE)));
    checks.add(any(task(taskId, Permissions.UPDATE), task(taskId, Permissions.READ)));
    PermissionCheck notFoundIsYes = task(taskId, Permissions.UPDATE);
    notFoundIsYes.setAuthorizationNotFoundReturnValue(1L);
    checks.add(any(notFoundIsYes));
    if (definitionKey != null) {
      checks.add(any(definition(definitionKey, Permissions.UPDATE_TASK), task(taskId, Permissions.TASK_WORK)));
      checks.add(any(check(Resources.PROCESS_DEFINITION, definitionKey, Permissions.READ)));
    }
    return checks;
  }

  private static PermissionCheck task(String id, Permission permission) {
    return check(Resources.TASK, id, permission);
  }

  /** A definition check, or for a task without one a second task check as the engine would then make. */
  private static PermissionCheck definition(String key, Permission permission) {
    return key == null ? null : check(Resources.PROCESS_DEFINITION, key, permission);
  }

  static PermissionCheck check(Resource resource, String id, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(id);
    check.setPermission(permission);
    return check;
  }

  static CompositePermissionCheck any(PermissionCheck... checks) {
    return atomics(new CompositePermissionCheck(true), checks);
  }

  static CompositePermissionCheck all(PermissionCheck... checks) {
    return atomics(new CompositePermissionCheck(false), checks);
  }

  private static CompositePermissionCheck atomics(CompositePermissionCheck composite, PermissionCheck... checks) {
    for (PermissionCheck check : checks) {
      if (check != null) {
        composite.addAtomicCheck(check);
      }
    }
    return composite;
  }
}
