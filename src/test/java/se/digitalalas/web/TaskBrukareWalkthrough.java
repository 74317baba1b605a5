package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.ServiceUnderTest;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.web.gate.TasklistSession;

/**
 * The record behind Tasklist's "Brukare" tab, {@code GET /api/uppgifter/{taskId}/brukare}, over
 * real HTTP: the group whose task it is reads the brukare's record and routines, another group
 * gets 403, an unknown task 404; with basic authentication and as the tab sends it, with the
 * Tasklist session and its XSRF token.
 */
interface TaskBrukareWalkthrough extends ServiceUnderTest {

  String ELSA = "194909091235";

  /** The port the service under test listens on, for the Tasklist session. */
  @Test
  default void theTasksGroupReadsTheRecordAndTheRoutinesOthersDoNot() {
    JsonNode boka = walkToBooking(ELSA, "Elsa Tabb", "Flikgatan 3");
    String path = "/api/uppgifter/" + boka.path("id").asText() + "/brukare";

    Reply montor = driver().rest().get(staff(StaffGroup.MONTOR), path);

    assertThat(montor.code()).as(montor.json().toString()).isEqualTo(200);
    assertThat(montor.headers().getCacheControl()).contains("no-store");
    assertThat(montor.json().path("taskName").asText()).isNotBlank();
    JsonNode record = montor.json().path("record");
    assertThat(record.path("brukare").path("name").asText()).isEqualTo("Elsa Tabb");
    assertThat(record.path("household").path("address").asText()).isEqualTo("Flikgatan 3");
    assertThat(record.path("keys").toString()).contains("N-1235", "L-1235");
    JsonNode log = driver().rest().get(admin(), "/api/atkomstlogg?brukareId="
        + record.path("brukare").path("id").asLong()).json();
    assertThat(log).as("the tab's read is in the access log").anySatisfy(entry -> {
      assertThat(entry.path("userId").asText()).isEqualTo(staff(StaffGroup.MONTOR).userId());
      assertThat(entry.path("channel").asText()).isEqualTo("TASKLIST");
      assertThat(entry.path("action").asText()).isEqualTo("READ");
      assertThat(entry.path("allowed").asBoolean()).isTrue();
    });
    List<String> routines = routines(montor.json());
    assertThat(routines).contains(PROCESS_ID + " ACTIVE top", LasInstallation.PROCESS_ID + " ACTIVE called");
    montor.json().path("routines").forEach(routine -> {
      assertThat(routine.path("name").asText()).isNotBlank();
      assertThat(routine.path("startTime").asText()).isNotBlank();
      assertThat(routine.path("caseReference").asText()).matches("DL-\\d{4}-\\d{6,}");
    });

    Reply hemtjanst = driver().rest().get(staff(StaffGroup.HEMTJANSTUTFORARE), path);
    assertThat(hemtjanst.code()).isEqualTo(403);
    assertThat(hemtjanst.json().path("type").asText()).isEqualTo("Forbidden");
    assertThat(hemtjanst.message()).isEqualTo("Du har inte behörighet till uppgiften");
    assertThat(hemtjanst.json().toString()).doesNotContain("Elsa", ELSA);
    for (StaffGroup other : List.of(StaffGroup.KOMMUNVAGLEDARE, StaffGroup.BISTANDSHANDLAGGARE)) {
      assertThat(driver().rest().get(staff(other), path).code()).as(other.id()).isEqualTo(403);
    }

    Reply admin = driver().rest().get(admin(), path);
    assertThat(admin.code()).isEqualTo(200);
    assertThat(admin.json().path("record").path("brukare").path("name").asText()).isEqualTo("Elsa Tabb");

    Reply unknown = driver().rest().get(staff(StaffGroup.MONTOR), "/api/uppgifter/finns-inte/brukare");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("Uppgiften finns inte");
    assertThat(driver().rest().get(null, path).code()).isEqualTo(401);
  }

  @Test
  default void theTabReadsWithTheTasklistSessionAndItsToken() {
    String pnr = "194909092340";
    JsonNode boka = walkToBooking(pnr, "Egon Session", "Sessionsvägen 4");
    String path = "/api/uppgifter/" + boka.path("id").asText() + "/brukare";
    Credentials montor = staff(StaffGroup.MONTOR);
    TasklistSession tasklist = TasklistSession.login(port(), montor.userId(), montor.password());

    TasklistSession.Reply read = tasklist.get(path);
    assertThat(read.code()).as(read.json().toString()).isEqualTo(200);
    assertThat(read.json().path("record").path("brukare").path("name").asText()).isEqualTo("Egon Session");

    TasklistSession.Reply withoutToken = tasklist.getWithToken(path, "");
    assertThat(withoutToken.code()).isEqualTo(401);
    assertThat(withoutToken.json().toString()).doesNotContain("Egon");
    TasklistSession.Reply wrongToken = tasklist.getWithToken(path, "0123456789ABCDEF0123456789ABCDEF");
    assertThat(wrongToken.code()).isEqualTo(401);
    // the tab's refused read gets no basic challenge: no password dialog in the browser
    assertThat(wrongToken.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(tasklist.post("/api/brukare/sok", Map.of("personnummer", pnr)).code())
        .as("a write or a POST under /api takes no session").isEqualTo(401);
    assertThat(tasklist.get("/engine-rest/task").code()).as("/engine-rest takes no session").isEqualTo(401);

    Credentials hemtjanst = staff(StaffGroup.HEMTJANSTUTFORARE);
    TasklistSession other = TasklistSession.login(port(), hemtjanst.userId(), hemtjanst.password());
    TasklistSession.Reply refused = other.get(path);
    assertThat(refused.code()).isEqualTo(403);
    assertThat(refused.json().toString()).doesNotContain("Egon", pnr);
  }

  @Test
  default void theSearchFindsABrukareTheUserMaySeeByPersonnummerInTheBody() {
    String pnr = TestPersonnummer.of(610);
    walkToBooking(pnr, "Sixten Sök", "Sökvägen 6");
    Credentials montor = staff(StaffGroup.MONTOR);
    TasklistSession tasklist = TasklistSession.login(port(), montor.userId(), montor.password());

    TasklistSession.Reply found = tasklist.post("/api/brukarvy/sok", Map.of("personnummer", pnr));
    assertThat(found.code()).as(found.json().toString()).isEqualTo(200);
    assertThat(found.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(found.json().path("record").path("brukare").path("name").asText()).isEqualTo("Sixten Sök");
    assertThat(routines(found.json())).contains(PROCESS_ID + " ACTIVE top");
    long brukareId = found.json().path("record").path("brukare").path("id").asLong();
    JsonNode log = driver().rest().get(admin(), "/api/atkomstlogg?brukareId=" + brukareId).json();
    assertThat(log).as("the search is in the access log").anySatisfy(entry -> {
      assertThat(entry.path("userId").asText()).isEqualTo(montor.userId());
      assertThat(entry.path("channel").asText()).isEqualTo("TASKLIST");
      assertThat(entry.path("what").asText()).doesNotContain(pnr);
    });

    TasklistSession.Reply unknown = tasklist.post("/api/brukarvy/sok", Map.of("personnummer", TestPersonnummer.of(611)));
    assertThat(unknown.code()).as("no answer tells who is in the registry").isEqualTo(403);
    TasklistSession.Reply malformed = tasklist.post("/api/brukarvy/sok", Map.of("personnummer", "19491309"));
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.message()).contains("personnummer");
    assertThat(malformed.json().toString()).doesNotContain("Exception");

    Credentials hemtjanst = staff(StaffGroup.KOMMUNVAGLEDARE);
    TasklistSession other = TasklistSession.login(port(), hemtjanst.userId(), hemtjanst.password());
    TasklistSession.Reply refused = other.post("/api/brukarvy/sok", Map.of("personnummer", pnr));
    assertThat(refused.code()).isEqualTo(403);
    assertThat(refused.json().toString()).doesNotContain("Sixten", pnr);
    assertThat(driver().rest().post(admin(), "/api/brukarvy/sok", Map.of("personnummer", pnr)).code())
        .as("basic authentication works too").isEqualTo(200);
  }

  private static List<String> routines(JsonNode answer) {
    List<String> found = new ArrayList<>();
    answer.path("routines").forEach(routine -> found.add(routine.path("processKey").asText() + " "
        + routine.path("state").asText() + " " + (routine.path("calledBy").isNull() ? "top" : "called")));
    return found;
  }

  /** Routine 1 up to the montör's booking (in the called las-installation): keys, planning, NFC tag. */
  private JsonNode walkToBooking(String personnummer, String namn, String adress) {
    Reply started = start(personnummer, namn, adress);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_BEDOM_LASBEHOV),
        RestAnswers.lasbehov(false, false));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_TA_IN_FYSISKA_NYCKLAR), Map.of(
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"),
            NYCKELNUMMER_LARMGRUPP.name(), variable("L-" + personnummer.substring(8), "String")));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, personnummer, TASK_PLANERA_INSTALLATION), Map.of());
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, TASK_SATT_UPP_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
    return driver().task(StaffGroup.MONTOR, personnummer, LasInstallation.TASK_BOKA_INSTALLATION);
  }

  private Reply start(String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 45", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, variables);
  }
}
