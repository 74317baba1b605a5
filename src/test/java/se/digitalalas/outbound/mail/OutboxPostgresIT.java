package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceOnPostgres;
import se.digitalalas.testsupport.TestMailServer;

/**
 * The outbox against the whole service on PostgreSQL with a real SMTP server that goes down and
 * comes back: the routine does not wait for mail, health stays UP, the message ends FAILED with
 * an incident after the retries (digitalalas.outbox.retry-cycle is seconds here), and a retry as
 * Cockpit does it delivers it exactly once.
 */
class OutboxPostgresIT extends ServiceOnPostgres {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String ELIN = "194708123213";

  @Test
  void withTheMailServerDownTheRoutineGoesOnTheMessageFailsAndARetryDeliversItOnce() {
    JsonNode message;
    TestMailServer.stop();
    try {
      walkToPlaneraInstallation(ELIN, "Elin Outbox", "Utskicksvägen 4");

      message = await().atMost(PATIENCE).until(() -> message(ELIN),
          found -> found.path("state").asText().equals("FAILED"));
      assertThat(message.path("attempts").asInt()).isEqualTo(4);
      assertThat(message.path("lastError").asText()).isEqualTo("Försök 4: E-postservern gick inte att nå.");
      assertThat(message.path("sentAt").isNull()).isTrue();
      assertThat(health()).isEqualTo(200);
    } finally {
      TestMailServer.start();
    }
    String utskick = utskickOf(message.path("id").asLong());
    JsonNode incidents = driver().rest().get(admin(), "/engine-rest/incident?processInstanceId=" + utskick).json();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
      assertThat(incident.path("activityId").asText()).isEqualTo(MeddelandeUtskick.TASK_SKICKA_MEDDELANDE);
    });
    assertThat(TestMailServer.receivedWithMessageId(message.path("messageId").asText())).isZero();

    JsonNode job = driver().rest().get(admin(), "/engine-rest/job?processInstanceId=" + utskick).json().get(0);
    Reply retry = driver().rest().put(admin(), "/engine-rest/job/" + job.path("id").asText() + "/retries",
        Map.of("retries", 1));
    assertThat(retry.code()).isEqualTo(204);

    JsonNode sent = await().atMost(PATIENCE).until(() -> message(ELIN),
        found -> found.path("state").asText().equals("SENT"));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(driver().rest()
        .get(admin(), "/engine-rest/history/process-instance/" + utskick).json().path("state").asText())
        .isEqualTo("COMPLETED"));
    assertThat(sent.path("attempts").asInt()).isEqualTo(5);
    assertThat(sent.path("lastError").isNull()).isTrue();
    assertThat(driver().rest().get(admin(), "/engine-rest/incident?processInstanceId=" + utskick).json()).isEmpty();
    assertThat(TestMailServer.receivedWithMessageId(sent.path("messageId").asText())).isEqualTo(1);
  }

  @Test
  void healthIsUpWhileTheMailServerIsDown() {
    TestMailServer.stop();
    try {
      assertThat(health()).isEqualTo(200);
      assertThat(driver().rest().get(null, "/actuator/health/liveness").code()).isEqualTo(200);
      assertThat(driver().rest().get(null, "/actuator/health/readiness").code()).isEqualTo(200);
    } finally {
      TestMailServer.start();
    }
  }

  @Test
  void theMailNamesTheCaseWithoutPersonnummerOrPortkodAndLinksToTasklist() throws Exception {
    String frans = "193601011236";
    walkToPlaneraInstallation(frans, "Frans Outbox", "Utskicksvägen 6");

    JsonNode sent = await().atMost(PATIENCE).until(() -> message(frans),
        found -> found.path("state").asText().equals("SENT"));
    String body = sent.path("body").asText();
    assertThat(body).contains("Frans Outbox", "Utskicksvägen 6", "/camunda/app/tasklist/default/#/?searchQuery=")
        .doesNotContain(frans, frans.substring(2, 8) + "-" + frans.substring(8), "Portkod", "4711");
    assertThat(TestMailServer.receivedWithMessageId(sent.path("messageId").asText())).isEqualTo(1);
  }

  private void walkToPlaneraInstallation(String personnummer, String namn, String adress) {
    Map<String, Object> start = new HashMap<>();
    start.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    start.put(NAMN.name(), variable(namn, "String"));
    start.put(ADRESS.name(), variable(adress, "String"));
    start.put(POSTNUMMER.name(), variable("123 45", "String"));
    start.put(ORT.name(), variable("Småstad", "String"));
    start.put(PORTKOD.name(), variable("4711", "String"));
    start.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    start.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    start.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID, start);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);

    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE,
        driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
        Map.of(
            HAR_KODLAS.name(), variable(false, "Boolean"),
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable("N-" + personnummer.substring(8), "String"),
            OPPNAR_SJALV.name(), variable(false, "Boolean"),
            VILL_INTE_HA_LAS.name(), variable(false, "Boolean")));
    // the routine does not wait for the mail server
    driver().task(StaffGroup.LARMHANDLAGGARE, personnummer, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION);
  }

  private JsonNode message(String personnummer) {
    JsonNode messages = driver().registry(personnummer).path("outgoingMessages");
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private String utskickOf(long messageId) {
    JsonNode variables = driver().rest().get(admin(),
        "/engine-rest/variable-instance?variableName=" + MailOutbox.MEDDELANDE_ID).json();
    return StreamSupport.stream(variables.spliterator(), false)
        .filter(variable -> variable.path("value").asLong() == messageId)
        .map(variable -> variable.path("processInstanceId").asText())
        .findFirst().orElseThrow();
  }

  private int health() {
    Reply health = driver().rest().get(null, "/actuator/health");
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    return health.code();
  }
}
