package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineRoutesTest {

  private static final String WEBAPP = "/camunda";

  @ParameterizedTest
  @CsvSource({
      "/engine-rest/task/42/complete",
      "/engine-rest/task/42/submit-form",
      "/engine-rest/task/42/resolve",
      "/engine-rest/task/42/complete/",
      "/engine-rest//task/42/complete;x=y",
      "/engine-rest/engine/default/task/42/complete",
      "/camunda/api/engine/engine/default/task/42/submit-form"})
  void everySpellingOfACompletionIsCheckedAgainstTheTasksForm(String path) {
    assertThat(route("POST", path)).isEqualTo(new Route.TaskAnswers("42"));
  }

  @Test
  void startsByIdKeyAndTenantAreCheckedAgainstTheStartForm() {
    assertThat(route("POST", "/engine-rest/process-definition/p:1:7/start"))
        .isEqualTo(new Route.Start("p:1:7", null, null));
    assertThat(route("POST", "/camunda/api/engine/engine/default/process-definition/p:1:7/submit-form"))
        .isEqualTo(new Route.Start("p:1:7", null, null));
    assertThat(route("POST", "/engine-rest/process-definition/key/routine/start"))
        .isEqualTo(new Route.Start(null, "routine", null));
    assertThat(route("POST", "/engine-rest/process-definition/key/routine/tenant-id/t1/submit-form"))
        .isEqualTo(new Route.Start(null, "routine", "t1"));
  }

  @ParameterizedTest
  @CsvSource({
      "PUT, /engine-rest/task/42/variables/brukareId",
      "POST, /engine-rest/task/42/variables",
      "DELETE, /engine-rest/task/42/localVariables/x",
      "POST, /engine-rest/task/42/variables/x/data",
      "POST, /engine-rest/task/42/bpmnError",
      "POST, /engine-rest/process-instance/9/variables",
      "PUT, /engine-rest/process-instance/9/variables/brukareId",
      "POST, /engine-rest/process-instance/9/modification",
      "PUT, /engine-rest/process-instance/9/suspended",
      "DELETE, /engine-rest/process-instance/9",
      "POST, /engine-rest/process-instance/delete",
      "PUT, /engine-rest/execution/9/localVariables/x",
      "POST, /engine-rest/execution/9/messageSubscriptions/m/trigger",
      "POST, /engine-rest/process-definition/p:1:7/restart",
      "PUT, /engine-rest/process-definition/p:1:7/suspended",
      "POST, /engine-rest/modification/execute",
      "PUT, /engine-rest/job/1/retries",
      "POST, /engine-rest/job/1/execute",
      "POST, /engine-rest/message/x",
      "PUT, /engine-rest/message",
      "POST, /engine-rest/signal",
      "POST, /engine-rest/condition",
      "POST, /engine-rest/external-task/fetchAndLock",
      "POST, /engine-rest/migration/execute",
      "DELETE, /engine-rest/history/process-instance/9",
      "POST, /engine-rest/history/process-instance/delete",
      "POST, /camunda/api/engine/engine/default/process-instance/9/modification"})
  void writesOutsideAFormAreForAdministrators(String method, String path) {
    assertThat(route(method, path)).isEqualTo(new Route.AdminOnly());
  }

  @ParameterizedTest
  @CsvSource({
      "/engine-rest/identity/verify",
      "/engine-rest/identity/verify/",
      "/engine-rest//identity/verify;x=y",
      "/engine-rest/engine/default/identity/verify",
      "/camunda/api/engine/engine/default/identity/verify"})
  void testingAPasswordIsForAdministratorsOnEverySpelling(String path) {
    assertThat(route("POST", path)).isEqualTo(new Route.PasswordCheck());
  }

  @ParameterizedTest
  @CsvSource({
      "GET, /engine-rest/identity/groups",
      "GET, /engine-rest/identity/password-policy",
      "POST, /engine-rest/identity/password-policy",
      "GET, /engine-rest/user",
      "GET, /engine-rest/user/hanna/profile"})
  void theRestOfIdentityIsLeftToTheEnginesAuthorization(String method, String path) {
    assertThat(route(method, path)).isEqualTo(new Route.Open());
  }

  @Test
  void aMessageCorrelationIsAVendorsConfirmation() {
    assertThat(route("POST", "/engine-rest/message")).isEqualTo(new Route.VendorMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "GET, /engine-rest/task/42/variables",
      "GET, /engine-rest/process-instance/9/variables/brukareId",
      "POST, /engine-rest/task",
      "POST, /engine-rest/task/count",
      "POST, /engine-rest/task/42/claim",
      "POST, /engine-rest/task/42/unclaim",
      "POST, /engine-rest/filter/1/list",
      "POST, /engine-rest/process-instance",
      "POST, /engine-rest/process-instance/count",
      "POST, /engine-rest/variable-instance",
      "POST, /engine-rest/history/process-instance",
      "POST, /engine-rest/deployment/create",
      "POST, /camunda/api/admin/auth/user/default/login/tasklist",
      "POST, /api/brukare/sok"})
  void readsQueriesAndTaskWorkAreLeftToTheEnginesAuthorization(String method, String path) {
    assertThat(route(method, path)).isEqualTo(new Route.Open());
  }

  private static Route route(String method, String path) {
    return EnginePath.of(path, WEBAPP).map(p -> EngineRoutes.of(method, p)).orElse(new Route.Open());
  }
}
