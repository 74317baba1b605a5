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
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.lasinstallation.LasInstallation;
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
 * access log once with the right allowed flag, every delegate's change of the record with the
 * staff member whose step made it, and the enhetschef's review as JSON and CSV.
 */
public interface AccessByNeedWalkthrough extends ServiceUnderTest {

  String GUSTAV = "193103171231";
  String HELGA = "193103171249";
  String IVAR = "193305191268";
  /** In no walkthrough: the registry never knows it. */
  String NOBODY = "193406201271";
  String JUNE = TestPersonnummer.of(900);
  String KURT = TestPersonnummer.of(901);

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
      assertThat(entry.path("brukareId").asLong()).isEqualTo(id);
      if (entry.path("action").asText().equals("CHANGE")) {
        assertThat(changeOf(entry)).isEqualTo(user(StaffGroup.BISTANDSHANDLAGGARE) + " DELEGATE Registrerade brukaren");
        return;
      }
      assertThat(entry.path("action").asText()).isEqualTo("READ");
      assertThat(entry.path("channel").asText()).isEqualTo("API");
      entries.add(entry.path("userId").asText() + " " + entry.path("allowed").asBoolean());
    });
    assertThat(log.json()).as("the intake's change and the reads").hasSize(entries.size() + 1);
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
    assertThat(lines).hasSize(log.json().size() + 1);
    assertThat(lines[1]).contains(";" + user(StaffGroup.BISTANDSHANDLAGGARE) + ";bistandshandlaggare;" + id
        + ";Ändring;Registrerade brukaren;DELEGATE;ja");
    assertThat(lines[4]).contains(";" + user(StaffGroup.KOMMUNVAGLEDARE) + ";kommunvagledare;" + id
        + ";Läsning;", ";API;nej");

    for (StaffGroup notReviewer : List.of(StaffGroup.LARMHANDLAGGARE, StaffGroup.HEMTJANSTUTFORARE,
        StaffGroup.SYSTEMFORVALTARE)) {
      Reply refused = driver().rest().get(staff(notReviewer), "/api/atkomstlogg?brukareId=" + id);
      assertThat(refused.code()).isEqualTo(403);
      assertThat(refused.json().path("type").asText()).isEqualTo("Forbidden");
      assertThat(driver().rest().download(staff(notReviewer), "/api/atkomstlogg.csv?brukareId=" + id).code())
          .isEqualTo(403);
    }
    assertThat(driver().rest().get(admin(), "/api/atkomstlogg?brukareId=" + id).json()).hasSize(log.json().size());
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
      // the service's own job (the Digitala LÅS message) may or may not have run yet
      if (entry.path("action").asText().equals("CHANGE")
          && !entry.path("userId").asText().equals(BrukareAccess.SERVICE_USER)) {
        changes.add(changeOf(entry) + " " + entry.path("groupIds").toString());
      }
    });
    String hanna = user(StaffGroup.HEMTJANSTUTFORARE);
    assertThat(changes).containsExactlyInAnyOrder(
        user(StaffGroup.BISTANDSHANDLAGGARE) + " DELEGATE Registrerade brukaren [\"bistandshandlaggare\"]",
        hanna + " TASK_FORM Slutförde uppgiften Bedöm behov av digitalt lås [\"hemtjanstutforare\"]",
        hanna + " DELEGATE Registrerade svar om kodlås på ytterdörren [\"hemtjanstutforare\"]",
        hanna + " TASK_FORM Slutförde uppgiften Ta in fysiska nycklar [\"hemtjanstutforare\"]",
        hanna + " DELEGATE Registrerade fysiska nycklar [\"hemtjanstutforare\"]");
  }

  @Test
  default void walkingRoutineOneLeavesADelegateEntryForEveryChangeOfTheRecordWithoutPersonalData() {
    // the first assessment: she opens the door herself, which is noted, and the routine ends
    start(JUNE, "June Logg", "Loggvägen 9", false);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, JUNE, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
        Map.of(HAR_KODLAS.name(), variable(false, "Boolean"), FYSISKA_NYCKLAR_FINNS.name(), variable(false, "Boolean"),
            OPPNAR_SJALV.name(), variable(true, "Boolean"), VILL_INTE_HA_LAS.name(), variable(false, "Boolean")));
    assertThat(driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, JUNE)).isZero();

    // later the same order again (the registry changes nothing), now to a lock
    start(JUNE, "June Logg", "Loggvägen 9", false);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, JUNE, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
        Map.of(HAR_KODLAS.name(), variable(false, "Boolean"), FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-0900", "String"),
            OPPNAR_SJALV.name(), variable(false, "Boolean"), VILL_INTE_HA_LAS.name(), variable(false, "Boolean")));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE,
        driver().task(StaffGroup.LARMHANDLAGGARE, JUNE, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION), Map.of());
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, JUNE, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
    driver().claimAndComplete(StaffGroup.MONTOR,
        driver().task(StaffGroup.MONTOR, JUNE, LasInstallation.TASK_BOKA_INSTALLATION),
        Map.of(BOKAD_TID.name(), variable("2026-12-03T10:00:00.000+0100", "Date")));
    driver().claimAndComplete(StaffGroup.MONTOR,
        driver().task(StaffGroup.MONTOR, JUNE, LasInstallation.TASK_INSTALLERA_LAS), RestAnswers.installation("PH-0900"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, JUNE, MonteringBistandsbedomd.TASK_TA_NED_NFC_ETIKETT),
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));
    assertThat(driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, JUNE)).isZero();

    String berit = user(StaffGroup.BISTANDSHANDLAGGARE);
    String hanna = user(StaffGroup.HEMTJANSTUTFORARE);
    String maja = user(StaffGroup.MONTOR);
    assertThat(delegateChanges(JUNE)).containsExactlyInAnyOrder(
        berit + " DELEGATE Registrerade brukaren",
        hanna + " DELEGATE Registrerade svar om kodlås på ytterdörren",
        hanna + " DELEGATE Skrev anteckning",
        hanna + " DELEGATE Registrerade svar om kodlås på ytterdörren",
        hanna + " DELEGATE Registrerade fysiska nycklar",
        // the message is the service's job: it ran before the larmhandläggare's task was there
        BrukareAccess.SERVICE_USER + " DELEGATE Lade meddelande i utkorgen",
        hanna + " DELEGATE Registrerade uppsatt NFC-etikett",
        maja + " DELEGATE Registrerade installerat lås",
        maja + " DELEGATE Kopplade brukaren till låset",
        hanna + " DELEGATE Registrerade nedtagen NFC-etikett");

    // a cohabitant's routine links him to the household's lock in its start
    start(KURT, "Kurt Logg", "Loggvägen 9", false);
    assertThat(driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, KURT)).isZero();
    assertThat(delegateChanges(KURT)).containsExactlyInAnyOrder(
        berit + " DELEGATE Registrerade brukaren",
        berit + " DELEGATE Kopplade brukaren till låset");
  }

  /** "user DELEGATE what" of every DELEGATE entry for the brukare; no entry names him or his door. */
  private List<String> delegateChanges(String personnummer) {
    long id = brukareId(personnummer);
    JsonNode log = driver().rest().get(staff(StaffGroup.ENHETSCHEF), "/api/atkomstlogg?brukareId=" + id).json();
    List<String> changes = new ArrayList<>();
    log.forEach(entry -> {
      if (entry.path("channel").asText().equals("DELEGATE")) {
        assertThat(entry.path("action").asText()).isEqualTo("CHANGE");
        assertThat(entry.path("allowed").asBoolean()).isTrue();
        changes.add(changeOf(entry));
      }
    });
    assertThat(log.toString()).doesNotContain(personnummer, "Logg", "Loggvägen", "PH-0900", "N-0900");
    return changes;
  }

  private static String changeOf(JsonNode entry) {
    return entry.path("userId").asText() + " " + entry.path("channel").asText() + " " + entry.path("what").asText();
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
    start(personnummer, namn, adress, true);
  }

  private void start(String personnummer, String namn, String adress, boolean trygghetslarm) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(PORTKOD.name(), variable("1357", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(trygghetslarm, "Boolean"));
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
