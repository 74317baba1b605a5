package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/** Camunda's order of rules for a named resource, over rows made by hand. */
class AuthorizationRulesTest {

  private static final int TASK = Resources.TASK.resourceType();
  private static final int READ = Permissions.READ.getValue();
  private static final int ALL = Permissions.ALL.getValue();

  @Test
  void theUsersOwnAuthorizationDecidesBeforeTheGroupsAndTheGroupsBeforeEveryones() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_REVOKE, "u1", null, "t1", ALL & ~READ),
        row(Authorization.AUTH_TYPE_GRANT, null, "g1", "t1", READ),
        row(Authorization.AUTH_TYPE_GLOBAL, "*", null, "*", READ));

    assertThat(rules("u1", List.of("g1"), true, rows).authorized(read("t1"))).as("the user's revoke").isFalse();
    assertThat(rules("u2", List.of("g1"), true, rows).authorized(read("t1"))).as("the group's grant").isTrue();
    assertThat(rules("u2", List.of(), true, rows).authorized(read("t1"))).as("everyone's grant of '*'").isTrue();
  }

  @Test
  void theNamedResourceDecidesBeforeStarWithinOneParty() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_GRANT, null, "g1", "t1", READ),
        row(Authorization.AUTH_TYPE_REVOKE, null, "g1", "*", ALL & ~READ));

    assertThat(rules("u1", List.of("g1"), true, rows).authorized(read("t1"))).isTrue();
    assertThat(rules("u1", List.of("g1"), true, rows).authorized(read("t2"))).isFalse();
  }

  @Test
  void aUsersRevokeOfStarDecidesBeforeAGroupsGrantOfTheTask() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_REVOKE, "u1", null, "*", ALL & ~READ),
        row(Authorization.AUTH_TYPE_GRANT, null, "g1", "t1", READ));

    assertThat(rules("u1", List.of("g1"), true, rows).authorized(read("t1"))).isFalse();
    assertThat(rules("u1", List.of("g1"), false, rows).authorized(read("t1"))).as("revokes not honoured").isTrue();
  }

  @Test
  void everyonesAuthorizationWithoutThePermissionRevokesItOnlyWhereRevokesCount() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_GLOBAL, "*", null, "t1", Permissions.NONE.getValue()),
        row(Authorization.AUTH_TYPE_GLOBAL, "*", null, "*", READ));

    assertThat(rules("u1", List.of(), true, rows).authorized(read("t1"))).isFalse();
    assertThat(rules("u1", List.of(), false, rows).authorized(read("t1"))).isTrue();
  }

  @Test
  void aGrantMustHoldEveryBitOfThePermissionAndAGrantOfStarAsUserIsNoOnesButStars() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_GRANT, "u1", null, "t1", Permissions.UPDATE.getValue()),
        row(Authorization.AUTH_TYPE_GRANT, "*", null, "t1", READ));

    assertThat(rules("u1", List.of(), true, rows).authorized(read("t1"))).isFalse();
    assertThat(rules("u1", List.of(), true, rows).authorized(check("t1", Permissions.UPDATE))).isTrue();
  }

  @Test
  void disjunctiveChecksTakeTheFirstDecidedAnswerAndConjunctiveOnesNeedAll() {
    List<AuthorizationRow> rows = List.of(
        row(Authorization.AUTH_TYPE_REVOKE, "u1", null, "t1", ALL & ~READ),
        row(Authorization.AUTH_TYPE_GRANT, "u1", null, "t1", Permissions.UPDATE.getValue()),
        row(Authorization.AUTH_TYPE_GRANT, "u1", null, "t2", READ));
    AuthorizationRules rules = rules("u1", List.of(), true, rows);

    assertThat(rules.authorized(checks(true, atomic("t1", Permissions.READ), atomic("t1", Permissions.UPDATE))))
        .as("the revoke of the first check decides").isFalse();
    assertThat(rules.authorized(checks(true, atomic("t3", Permissions.READ), atomic("t2", Permissions.READ))))
        .as("nothing found for the first, the second decides").isTrue();
    assertThat(rules.authorized(checks(false, atomic("t1", Permissions.UPDATE), atomic("t2", Permissions.READ)))).isTrue();
    assertThat(rules.authorized(checks(false, atomic("t1", Permissions.UPDATE), atomic("t3", Permissions.READ)))).isFalse();
  }

  @Test
  void nothingFoundIsTheChecksOwnNotFoundAnswer() {
    PermissionCheck notFoundIsYes = atomic("t9", Permissions.READ);
    notFoundIsYes.setAuthorizationNotFoundReturnValue(1L);

    assertThat(rules("u1", List.of("g1"), true, List.of()).authorized(read("t9"))).isFalse();
    assertThat(rules("u1", List.of("g1"), true, List.of()).authorized(checks(true, notFoundIsYes))).isTrue();
  }

  @Test
  void decidesNamedChecksOnlyAndLeavesTheQueriesShapesToTheEngine() {
    PermissionCheck column = atomic(null, Permissions.READ);
    column.setResourceIdQueryParam("RES.ID_");
    CompositePermissionCheck mixed = checks(true, atomic("t1", Permissions.READ));
    mixed.addCompositeCheck(checks(true, atomic("t2", Permissions.READ)));
    CompositePermissionCheck composed = new CompositePermissionCheck(false);
    composed.addCompositeCheck(checks(true, atomic("t1", Permissions.READ)));

    assertThat(AuthorizationRules.decides(read("t1"))).isTrue();
    assertThat(AuthorizationRules.decides(composed)).isFalse();
    assertThat(AuthorizationRules.decides(checks(true, column))).isFalse();
    assertThat(AuthorizationRules.decides(mixed)).isFalse();
    assertThat(AuthorizationRules.decides(new CompositePermissionCheck())).isFalse();
    assertThat(AuthorizationRules.decides(null)).isFalse();
  }

  private static AuthorizationRules rules(String user, List<String> groups, boolean revokes, List<AuthorizationRow> rows) {
    return new AuthorizationRules(user, groups, revokes, rows);
  }

  private static AuthorizationRow row(int type, String user, String group, String resourceId, int permissions) {
    return new AuthorizationRow(type, user, group, TASK, resourceId, permissions);
  }

  private static CompositePermissionCheck read(String taskId) {
    return NamedChecks.any(atomic(taskId, Permissions.READ));
  }

  private static CompositePermissionCheck check(String taskId, Permission permission) {
    return NamedChecks.any(atomic(taskId, permission));
  }

  private static CompositePermissionCheck checks(boolean disjunctive, PermissionCheck... atomics) {
    return disjunctive ? NamedChecks.any(atomics) : NamedChecks.all(atomics);
  }

  private static PermissionCheck atomic(String taskId, Permission permission) {
    return NamedChecks.check(Resources.TASK, taskId, permission);
  }
}
