package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The task query Tasklist and integrations make, through {@link TaskQueryAuthorization}: every group
 * counts, lists and filters only its own tasks, and a revoke an administrator adds in Admin takes
 * a task away from a member until it is deleted (a user's revoke comes before the group's grant;
 * a group's revoke beside its own grant would not, by Camunda's rules).
 */
interface TaskIsolationWalkthrough extends ServiceUnderTest {

  @Test
  default void eachGroupCountsListsAndFiltersOnlyItsOwnTasks() {
    String personnummer = TestPersonnummer.born(LocalDate.of(1941, 3, 14), 130);
    JsonNode task = openTask(personnummer);
    for (StaffGroup group : StaffGroup.values()) {
      Credentials member = staff(group);
      int expected = group == StaffGroup.HEMTJANSTUTFORARE ? 1 : 0;
      assertThat(visible(member, personnummer)).as(group.id()).isEqualTo(expected);
      assertThat(driver().rest().post(member, "/engine-rest/task/count", brukare(personnummer)).json().path("count")
          .asLong()).as(group.id()).isEqualTo(expected);
      assertThat(driver().rest().get(member, "/engine-rest/task/" + task.path("id").asText()).code())
          .as(group.id()).isEqualTo(expected == 1 ? 200 : 404);
      Reply filters = driver().rest().get(member, "/engine-rest/filter?resourceType=Task");
      assertThat(filters.json()).hasSize(1);
      String filter = filters.json().get(0).path("id").asText();
      assertThat(driver().rest().post(member, "/engine-rest/filter/" + filter + "/count", brukare(personnummer))
          .json().path("count").asLong()).as(group.id()).isEqualTo(expected);
    }
    assertThat(driver().tasklist(StaffGroup.HEMTJANSTUTFORARE)).contains(task.path("id").asText());
    assertThat(driver().tasklist(StaffGroup.LARMHANDLAGGARE)).doesNotContain(task.path("id").asText());
  }

  @Test
  default void aRevokeTakesTheTaskFromTheMemberUntilItIsDeleted() {
    String personnummer = TestPersonnummer.born(LocalDate.of(1941, 3, 14), 131);
    JsonNode task = openTask(personnummer);
    Credentials hemtjanst = staff(StaffGroup.HEMTJANSTUTFORARE);
    assertThat(visible(hemtjanst, personnummer)).isEqualTo(1);

    Reply revoke = driver().rest().post(admin(), "/engine-rest/authorization/create", Map.of(
        "type", 2, "permissions", List.of("READ"), "userId", hemtjanst.userId(),
        "resourceType", 7, "resourceId", task.path("id").asText()));
    assertThat(revoke.code()).as(revoke.json().toString()).isEqualTo(200);
    assertThat(visible(hemtjanst, personnummer)).isZero();
    assertThat(driver().rest().post(hemtjanst, "/engine-rest/task/count", brukare(personnummer)).json()
        .path("count").asLong()).isZero();
    assertThat(visible(staff(StaffGroup.LARMHANDLAGGARE), personnummer)).isZero();

    assertThat(driver().rest().delete(admin(), "/engine-rest/authorization/" + revoke.json().path("id").asText())
        .code()).isEqualTo(204);
    assertThat(visible(hemtjanst, personnummer)).isEqualTo(1);
  }

  private JsonNode openTask(String personnummer) {
    MonteringWalk walk = new MonteringWalk(driver());
    assertThat(walk.start(MonteringWalk.Order.of(personnummer, "Tora Isaksson", "Nyckelgatan 13")).code())
        .isEqualTo(200);
    return driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_BEDOM_LASBEHOV);
  }

  private int visible(Credentials member, String personnummer) {
    Reply reply = driver().rest().post(member, "/engine-rest/task", brukare(personnummer));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json().size();
  }

  private static Map<String, Object> brukare(String personnummer) {
    Map<String, Object> query = new HashMap<>();
    query.put("processVariables", List.of(RoutineDriver.personnummerIs(personnummer)));
    return query;
  }
}
