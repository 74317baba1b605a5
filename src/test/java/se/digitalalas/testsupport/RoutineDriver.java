package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;

/**
 * Walks a routine through the REST API as staff and integrations do: start, find a task, claim,
 * complete, see how the case ended, read the registry. Every call is authenticated.
 */
public final class RoutineDriver {

  /** How Camunda's REST API writes a Date variable. */
  public static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  /** The service's time zone (digitalalas.time-zone): its "today" and the start of its days. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Stockholm");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final EngineRestClient rest;
  private final Function<StaffGroup, Credentials> staff;
  private final Credentials admin;

  public RoutineDriver(EngineRestClient rest, Function<StaffGroup, Credentials> staff, Credentials admin) {
    this.rest = rest;
    this.staff = staff;
    this.admin = admin;
  }

  public EngineRestClient rest() {
    return rest;
  }

  /** The group's member, signed in with basic authentication. */
  public Credentials staff(StaffGroup group) {
    return staff.apply(group);
  }

  /** Today where the service is: the day a closing date may not lie after. */
  public static LocalDate today() {
    return LocalDate.now(SERVICE_ZONE);
  }

  public Reply start(Credentials who, String processKey, Map<String, Object> variables) {
    return rest.post(who, "/engine-rest/process-definition/key/" + processKey + "/start",
        Map.of("variables", variables));
  }

  public long runningInstances(String processKey) {
    return rest.get(admin, "/engine-rest/process-instance/count?processDefinitionKey=" + processKey)
        .json().path("count").asLong();
  }

  /**
   * The open tasks of this key on the brukare's routines (and the processes they called) that the
   * user can see: found by the process variable personnummer, in the body of a POST, so that the
   * personnummer is in no URL (the business key is the case reference).
   */
  public List<JsonNode> tasks(Credentials who, String personnummer, String taskKey) {
    Reply reply = rest.post(who, "/engine-rest/task", Map.of(
        "processVariables", List.of(personnummerIs(personnummer)),
        "taskDefinitionKey", taskKey));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    reply.json().forEach(found::add);
    return found;
  }

  /** Waits (async steps run in jobs) until the group sees exactly one such task. */
  public JsonNode task(StaffGroup group, String personnummer, String taskKey) {
    return await().atMost(PATIENCE)
        .until(() -> tasks(staff.apply(group), personnummer, taskKey), list -> list.size() == 1)
        .get(0);
  }

  /** What the group's member sees in Tasklist: their one filter, its tasks and columns. */
  public String tasklist(StaffGroup group) {
    Reply filters = rest.get(staff.apply(group), "/engine-rest/filter?resourceType=Task");
    assertThat(filters.json()).hasSize(1);
    assertThat(filters.json().get(0).path("name").asText()).isEqualTo(group.displayName());
    Reply list = rest.postHal(staff.apply(group),
        "/engine-rest/filter/" + filters.json().get(0).path("id").asText() + "/list", Map.of());
    assertThat(list.code()).isEqualTo(200);
    return list.json().toString();
  }

  public void claim(StaffGroup group, JsonNode task) {
    Reply reply = rest.post(staff.apply(group), "/engine-rest/task/" + task.path("id").asText() + "/claim",
        Map.of("userId", staff.apply(group).userId()));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(204);
  }

  public Reply complete(Credentials who, JsonNode task, Map<String, Object> variables) {
    return rest.post(who, "/engine-rest/task/" + task.path("id").asText() + "/complete",
        Map.of("variables", variables));
  }

  public void claimAndComplete(StaffGroup group, JsonNode task, Map<String, Object> variables) {
    claim(group, task);
    Reply reply = complete(staff.apply(group), task, variables);
    assertThat(reply.code()).as(task.path("taskDefinitionKey") + ": " + reply.json()).isEqualTo(204);
  }

  /** Waits for the brukare's one task of this key, claims and completes it as the group; returns the task. */
  public JsonNode claimAndComplete(StaffGroup group, String personnummer, String taskKey,
      Map<String, Object> variables) {
    JsonNode task = task(group, personnummer, taskKey);
    claimAndComplete(group, task, variables);
    return task;
  }

  /** The task as the administrator reads it now: open with its id, or gone (404). */
  public Reply taskNow(JsonNode task) {
    return rest.get(admin, "/engine-rest/task/" + task.path("id").asText());
  }

  /** The task was not completed: it is still open, with its assignee as before. */
  public void assertStillOpen(JsonNode task) {
    Reply now = taskNow(task);
    assertThat(now.code()).as(task.path("taskDefinitionKey") + " is still open: " + now.json()).isEqualTo(200);
  }

  /** The task's due date (Camunda writes it as {@link #REST_DATE}). */
  public static OffsetDateTime due(JsonNode task) {
    assertThat(task.path("due").isTextual()).as(task.path("taskDefinitionKey") + " has a due date").isTrue();
    return OffsetDateTime.parse(task.path("due").asText(), REST_DATE);
  }

  /**
   * A member of another group completes the task, claiming nothing, with answers the form takes:
   * the engine refuses (403, Camunda's AuthorizationException) and the task stays open.
   */
  public void assertForbiddenToComplete(StaffGroup group, JsonNode task, Map<String, Object> answers) {
    Reply reply = complete(staff.apply(group), task, answers);
    String what = group.id() + " completing " + task.path("taskDefinitionKey").asText();
    assertThat(reply.code()).as(what + ": " + reply.json()).isEqualTo(403);
    assertThat(reply.json().path("type").asText()).as(what).isEqualTo("AuthorizationException");
    assertThat(reply.json().path("userId").asText()).as(what).isEqualTo(staff.apply(group).userId());
    Reply claim = rest.post(staff.apply(group), "/engine-rest/task/" + task.path("id").asText() + "/claim",
        Map.of("userId", staff.apply(group).userId()));
    assertThat(claim.code()).as(group.id() + " claiming " + task.path("taskDefinitionKey").asText() + ": "
        + claim.json()).isEqualTo(403);
    assertStillOpen(task);
  }

  /** Every group but the task's own gets 403, claiming or completing it, and the task stays open. */
  public void assertOnlyItsGroupMayComplete(StaffGroup own, JsonNode task, Map<String, Object> answers) {
    for (StaffGroup other : StaffGroup.values()) {
      if (other != own) {
        assertForbiddenToComplete(other, task, answers);
      }
    }
  }

  /** A refusal: 400, type Refusal, the Swedish reason containing each part. */
  public static void assertRefused(Reply reply, String... reasonParts) {
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).as(reply.json().toString()).isEqualTo("Refusal");
    assertThat(reply.message()).contains(reasonParts);
  }

  /** The one instance the routine's call activity started (las-installation, las-nedmontering). */
  public String calledInstance(String processInstanceId) {
    Reply called = rest.get(admin, "/engine-rest/history/process-instance?superProcessInstanceId=" + processInstanceId);
    assertThat(called.json()).as("called by " + processInstanceId).hasSize(1);
    return called.json().get(0).path("id").asText();
  }

  /** The running instances of the process for this brukare (the variable personnummer, in a POST body). */
  public long runningInstances(String processKey, String personnummer) {
    Reply reply = rest.post(admin, "/engine-rest/process-instance/count", Map.of(
        "processDefinitionKey", processKey,
        "variables", List.of(personnummerIs(personnummer))));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json().path("count").asLong();
  }

  /** A variable condition of Camunda's REST queries: the variable personnummer is this one. */
  public static Map<String, Object> personnummerIs(String personnummer) {
    return Map.of("name", "personnummer", "operator", "eq", "value", personnummer);
  }

  /** The case has ended, once, at this end event. */
  public void assertEndedAt(String processInstanceId, String endEventId) {
    await().atMost(PATIENCE).untilAsserted(() -> {
      Reply instance = rest.get(admin, "/engine-rest/history/process-instance/" + processInstanceId);
      assertThat(instance.json().path("state").asText()).isEqualTo("COMPLETED");
    });
    Reply ends = rest.get(admin, "/engine-rest/history/activity-instance?processInstanceId="
        + processInstanceId + "&activityId=" + endEventId);
    assertThat(ends.json()).hasSize(1);
  }

  /**
   * The brukare's record by the registry's id, as the larmhandläggare reads it (the larmgrupp
   * reads every brukare, door details included).
   */
  public JsonNode registry(long brukareId) {
    Reply reply = rest.get(staff.apply(StaffGroup.LARMHANDLAGGARE), "/api/brukare/" + brukareId);
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json();
  }

  /**
   * The brukare's record as the administrator reads it (personnummer in the body): other groups
   * read only the brukare they have or recently had work on (AccessByNeedWalkthrough).
   */
  public JsonNode registry(String personnummer) {
    Reply reply = rest.post(admin, "/api/brukare/sok", Map.of("personnummer", personnummer));
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json();
  }
}
