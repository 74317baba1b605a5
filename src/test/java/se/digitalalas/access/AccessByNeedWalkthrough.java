package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Download;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Access by need on /api against the whole running service: for a brukare with routine 1
 * running, who reads the record (200, door details or not) and who gets 403, every read in the
 * access log once with the right allowed flag, and the enhetschef's review as JSON and CSV.
 */
public interface AccessByNeedWalkthrough extends ServiceUnderTest {

  String GUSTAV = "193103171231";
  String HELGA = "193103171249";
  String IVAR = "193305191268";
  /** In no walkthrough: the registry never knows it. */
  String NOBODY = "193406201271";

  @Test
  default void whileRoutineOneRunsItsGroupsReadTheRecordAndOthersGet403AndEveryReadIsLogged() {
    start(GUSTAV, "Gustav Lind", "Björkvägen 11");
    long id = brukareId(GUSTAV);
    // routine 1 starts with "Bedöm behov av digitalt lås" for the hemtjänstutförare
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), GUSTAV,
        MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV)).hasSize(1);

    assertReadsWithDoorDetails(staff(StaffGroup.HEMTJANSTUTFORARE), id);
    assertForbidden(staff(StaffGroup.KOMMUNVAGLEDARE), id);
    assertReadsWithDoorDetails(staff(StaffGroup.LARMHANDLAGGARE), id);
    assertReadsWithoutDoorDetails(staff(StaffGroup.ENHETSCHEF), id);
    // berit started the routine, but the start is no task: routine 1 gives the biståndshandläggare
    // a task ("Besluta om digitalt lås") only when the hemtjänstutförare's assessment asks for one
    assertForbidden(staff(StaffGroup.BISTANDSHANDLAGGARE), id);
    assertReadsWithDoorDetails(admin(), id);
    assertForbidden(staff(StaffGroup.MONTOR), id);
    assertReadsWithoutDoorDetails(staff(StaffGroup.SYSTEMFORVALTARE), id);
    assertReadsWithoutDoorDetails(staff(StaffGroup.VALFARDSTEKNIK), id);
    assertForbidden(staff(StaffGroup.VERKSAMHET), id);
    assertEngineVariablesByNeed(GUSTAV);
    // a search by personnummer follows the same rule, and an unknown personnummer is 403 too
    assertThat(driver().rest().post(staff(StaffGroup.KOMMUNVAGLEDARE), "/api/brukare/sok",
        Map.of("personnummer", GUSTAV)).code()).isEqualTo(403);
    assertThat(driver().rest().post(staff(StaffGroup.KOMMUNVAGLEDARE), "/api/brukare/sok",
        Map.of("personnummer", NOBODY)).code()).isEqualTo(403);
    assertThat(driver().rest().post(staff(StaffGroup.HEMTJANSTUTFORARE), "/api/brukare/sok",
        Map.of("personnummer", GUSTAV)).code()).isEqualTo(200);

    Reply log = driver().rest().get(staff(StaffGroup.ENHETSCHEF), "/api/atkomstlogg?brukareId=" + id);
    assertThat(log.code()).isEqualTo(200);
    List<String> entries = new ArrayList<>();
    log.json().forEach(entry -> {
      assertThat(entry.path("action").asText()).isEqualTo("READ");
      assertThat(entry.path("channel").asText()).isEqualTo("API");
      assertThat(entry.path("brukareId").asLong()).isEqualTo(id);
      entries.add(entry.path("userId").asText() + " " + entry.path("allowed").asBoolean());
    });
    assertThat(entries).containsExactly(
        admin().userId() + " true", // brukareId(GUSTAV) above
        user(StaffGroup.HEMTJANSTUTFORARE) + " true",
        user(StaffGroup.KOMMUNVAGLEDARE) + " false",
        user(StaffGroup.LARMHANDLAGGARE) + " true",
        user(StaffGroup.ENHETSCHEF) + " true",
        user(StaffGroup.BISTANDSHANDLAGGARE) + " false",
        admin().userId() + " true",
        user(StaffGroup.MONTOR) + " false",
        user(StaffGroup.SYSTEMFORVALTARE) + " true",
        user(StaffGroup.VALFARDSTEKNIK) + " true",
        user(StaffGroup.VERKSAMHET) + " false",
        user(StaffGroup.KOMMUNVAGLEDARE) + " false",
        user(StaffGroup.HEMTJANSTUTFORARE) + " true");
    assertThat(log.json().toString()).doesNotContain(GUSTAV, "Gustav");

    Reply kimsLog = driver().rest().get(staff(StaffGroup.ENHETSCHEF),
        "/api/atkomstlogg?userId=" + user(StaffGroup.KOMMUNVAGLEDARE) + "&from=2000-01-01&to=2999-12-31");
    // kim's reads of this brukare (other walkthroughs may have given kim tasks of their own)
    List<JsonNode> kimsReads = new ArrayList<>();
    kimsLog.json().forEach(entry -> {
      if (entry.path("action").asText().equals("READ") && entry.path("brukareId").asLong() == id) {
        kimsReads.add(entry);
      }
    });
    assertThat(kimsReads).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(entry -> assertThat(entry.path("allowed").asBoolean()).isFalse());

    Download csv = driver().rest().download(staff(StaffGroup.ENHETSCHEF), "/api/atkomstlogg.csv?brukareId=" + id);
    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.contentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    String[] lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
    assertThat(lines[0]).isEqualTo("Tidpunkt;Användare;Grupper;Brukare-id;Åtgärd;Vad;Kanal;Tillåten");
    assertThat(lines).hasSize(entries.size() + 1);
    assertThat(lines[3]).contains(";" + user(StaffGroup.KOMMUNVAGLEDARE) + ";kommunvagledare;" + id
        + ";Läsning;", ";API;nej");

    for (StaffGroup notReviewer : List.of(StaffGroup.LARMHANDLAGGARE, StaffGroup.HEMTJANSTUTFORARE,
        StaffGroup.SYSTEMFORVALTARE)) {
      Reply refused = driver().rest().get(staff(notReviewer), "/api/atkomstlogg?brukareId=" + id);
      assertThat(refused.code()).isEqualTo(403);
      assertThat(refused.json().path("type").asText()).isEqualTo("Forbidden");
      assertThat(driver().rest().download(staff(notReviewer), "/api/atkomstlogg.csv?brukareId=" + id).code())
          .isEqualTo(403);
    }
    assertThat(driver().rest().get(admin(), "/api/atkomstlogg?brukareId=" + id).json()).hasSize(entries.size());
  }

  @Test
  default void aGroupThatHadATaskStillReadsTheRecordAfterTheRoutineEnded() {
    start(HELGA, "Helga Lind", "Björkvägen 13");
    long id = brukareId(HELGA);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, HELGA, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
        RestAnswers.lasbehov(true, false));
    assertThat(driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, HELGA)).isZero();

    // the other hemtjänstutförare's group had the task: the group reads, within recent-work
    assertReadsWithDoorDetails(staff(StaffGroup.HEMTJANSTUTFORARE), id);
    assertForbidden(staff(StaffGroup.KOMMUNVAGLEDARE), id);
    assertForbidden(staff(StaffGroup.MONTOR), id);
  }

  @Test
  default void aDelegatesChangeIsLoggedWithTheStaffMemberWhoseCompletionMadeIt() {
    start(IVAR, "Ivar Lind", "Björkvägen 15");
    long id = brukareId(IVAR);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, IVAR, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
        RestAnswers.lasbehov(false, false));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, IVAR, MonteringBistandsbedomd.TASK_TA_IN_FYSISKA_NYCKLAR),
        Map.of(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-8101", "String")));

    Reply log = driver().rest().get(staff(StaffGroup.ENHETSCHEF), "/api/atkomstlogg?brukareId=" + id);
    List<String> changes = new ArrayList<>();
    log.json().forEach(entry -> {
      if (entry.path("action").asText().equals("CHANGE")) {
        changes.add(entry.path("userId").asText() + " " + entry.path("channel").asText() + " "
            + entry.path("what").asText() + " " + entry.path("groupIds").toString());
      }
    });
    String hanna = user(StaffGroup.HEMTJANSTUTFORARE);
    assertThat(changes).containsExactlyInAnyOrder(
        hanna + " TASK_FORM Slutförde uppgiften Bedöm behov av digitalt lås [\"hemtjanstutforare\"]",
        hanna + " TASK_FORM Slutförde uppgiften Ta in fysiska nycklar [\"hemtjanstutforare\"]",
        hanna + " DELEGATE Registrerade fysiska nycklar [\"hemtjanstutforare\"]");
  }

  private void assertReadsWithDoorDetails(Credentials who, long id) {
    JsonNode record = read(who, id);
    assertThat(record.path("household").path("portkod").asText()).isEqualTo("1357");
  }

  private void assertReadsWithoutDoorDetails(Credentials who, long id) {
    JsonNode record = read(who, id);
    assertThat(record.path("household").path("portkod").isNull()).as(record.toString()).isTrue();
    assertThat(record.path("household").path("address").asText()).startsWith("Björkvägen");
    assertThat(record.toString()).doesNotContain("1357");
  }

  private JsonNode read(Credentials who, long id) {
    Reply reply = driver().rest().get(who, "/api/brukare/" + id);
    assertThat(reply.code()).as(who.userId() + ": " + reply.json()).isEqualTo(200);
    return reply.json();
  }

  private void assertForbidden(Credentials who, long id) {
    Reply reply = driver().rest().get(who, "/api/brukare/" + id);
    assertThat(reply.code()).as(who.userId()).isEqualTo(403);
    assertThat(reply.json().path("type").asText()).isEqualTo("Forbidden");
    assertThat(reply.message()).isEqualTo(AccessDenied.NO_WORK_ON_BRUKARE);
    assertThat(reply.json().toString()).doesNotContain("Björkvägen", "1357");
  }

  private String user(StaffGroup group) {
    return staff(group).userId();
  }

  private long brukareId(String personnummer) {
    return driver().registry(personnummer).path("brukare").path("id").asLong();
  }

  private void start(String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(PORTKOD.name(), variable("1357", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID,
        variables);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
  }

  /**
   * The same rule through /engine-rest: the group with the task reads its variables; a group
   * without work on the brukare reads neither the instance, its variables nor their history.
   */
  private void assertEngineVariablesByNeed(String personnummer) {
    JsonNode task = driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV);
    String instance = task.path("processInstanceId").asText();
    assertThat(driver().rest().get(staff(StaffGroup.HEMTJANSTUTFORARE), "/engine-rest/task/" + task.path("id").asText()
        + "/variables").json().path("namn").path("value").asText()).isEqualTo("Gustav Lind");
    for (StaffGroup without : List.of(StaffGroup.KOMMUNVAGLEDARE, StaffGroup.MONTOR, StaffGroup.VERKSAMHET)) {
      assertThat(driver().rest().get(staff(without), "/engine-rest/task/" + task.path("id").asText() + "/variables")
          .code()).as(without + " reads the task's variables").isIn(403, 404);
      assertThat(driver().rest().get(staff(without), "/engine-rest/process-instance/" + instance + "/variables")
          .code()).as(without + " reads the instance's variables").isIn(403, 404);
      assertThat(driver().rest().get(staff(without), "/engine-rest/variable-instance?processInstanceIdIn=" + instance)
          .json()).as(without + " queries the variables").isEmpty();
      assertThat(driver().rest().get(staff(without), "/engine-rest/history/variable-instance?processInstanceId="
          + instance).json()).as(without + " queries the variables' history").isEmpty();
      assertThat(driver().rest().get(staff(without), "/engine-rest/history/process-instance?processInstanceId="
          + instance).json()).as(without + " queries the instance's history").isEmpty();
    }
  }
}
