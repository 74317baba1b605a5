package se.digitalalas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;
import static se.digitalalas.security.AuthorizationEquivalence.DEFINITION;
import static se.digitalalas.security.AuthorizationEquivalence.READ;
import static se.digitalalas.security.AuthorizationEquivalence.READ_TASK;
import static se.digitalalas.security.AuthorizationEquivalence.TASK;
import static se.digitalalas.security.AuthorizationEquivalence.everyone;
import static se.digitalalas.security.AuthorizationEquivalence.group;
import static se.digitalalas.security.AuthorizationEquivalence.user;

import org.camunda.bpm.engine.authorization.Permissions;

/** The grants and revokes {@link AuthorizationEquivalence} is run with, on H2 and PostgreSQL. */
final class AuthorizationScenarios {

  private AuthorizationScenarios() {
  }

  static void run(AuthorizationEquivalence engines) {
    assertThat(engines.seen("u1", "shipped-auto", "lever-auto", "lever-always"))
        .as("u1 sees g1's three tasks and the standalone one, through every engine")
        .allSatisfy(seen -> assertThat(seen).contains("count 4"));
    assertThat(engines.seen("u3", "shipped-always", "lever-always")).allSatisfy(seen -> assertThat(seen)
        .containsExactly("count 0"));
    engines.compareAll();

    engines.with(AUTH_TYPE_REVOKE, user("u1"), TASK, engines.task(0), READ);
    engines.with(AUTH_TYPE_REVOKE, group("g1"), TASK, engines.task(1), READ);
    engines.with(AUTH_TYPE_REVOKE, group("g1"), TASK, "*", READ);
    engines.with(AUTH_TYPE_REVOKE, user("u2"), TASK, "*", READ);
    engines.with(AUTH_TYPE_GRANT, user("u1"), TASK, engines.task(4), READ);
    engines.with(AUTH_TYPE_GRANT, user("u3"), TASK, engines.task(4), READ);
    engines.with(AUTH_TYPE_GRANT, user("u3"), TASK, "*", READ);
    engines.with(AUTH_TYPE_GRANT, group("g2"), TASK, "*", READ);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), TASK, "*", READ);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), TASK, engines.task(5), READ);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), TASK, engines.task(0), Permissions.NONE);
    engines.with(AUTH_TYPE_GRANT, user("u3"), TASK, engines.task(2), Permissions.TASK_WORK);
    engines.with(AUTH_TYPE_GRANT, group("g2"), DEFINITION, "p-g1", READ_TASK);
    engines.with(AUTH_TYPE_GRANT, user("u3"), DEFINITION, "*", READ_TASK);
    engines.with(AUTH_TYPE_REVOKE, user("u1"), DEFINITION, "p-g1", READ_TASK);
    engines.with(AUTH_TYPE_REVOKE, group("g2"), DEFINITION, "*", READ_TASK);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), DEFINITION, "p-g2", READ_TASK);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), DEFINITION, "*", READ_TASK);
    engines.with(AUTH_TYPE_REVOKE, group("g1"), TASK, "*", Permissions.TASK_WORK);
    engines.with(AUTH_TYPE_REVOKE, user("u2"), TASK, engines.task(3), Permissions.TASK_WORK);
    engines.with(AUTH_TYPE_REVOKE, user("u1"), DEFINITION, "p-g1", Permissions.UPDATE_TASK);
    engines.with(AUTH_TYPE_GRANT, user("u3"), DEFINITION, "p-g2", Permissions.TASK_WORK);
    engines.with(AUTH_TYPE_GRANT, group("g2"), TASK, engines.task(0), Permissions.UPDATE);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), TASK, engines.task(1), Permissions.READ);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), TASK, "*", Permissions.NONE);
    engines.with(AUTH_TYPE_GLOBAL, everyone(), DEFINITION, "p-g1", Permissions.NONE);
    engines.with(AUTH_TYPE_GRANT, user("u1"), DEFINITION, "*", Permissions.READ);
    assertThat(engines.comparisons()).as("every scenario compared for every user and query").isEqualTo(28 * 3 * 3 * 2);
    assertThat(engines.checkComparisons()).as("every scenario checked for every user, task and shape")
        .isEqualTo(28 * 3 * 2 * (6 * 12 + 10));
  }
}
