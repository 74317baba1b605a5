package se.digitalalas.routine.nedmonteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd.*;
import static se.digitalalas.testsupport.RoutineDriver.SERVICE_ZONE;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Routine 2, nedmontering-bistandsbedomd, walked through the REST API by the staff of each group
 * against the whole running service, after routine 1 installed the lock: the biståndshandläggare's
 * cancellation with nothing but the personnummer, the hemtjänst verkställighet closed and its
 * keys returned, the trygghetslarm assessed, and las-nedmontering within the 14-day deadline.
 */
interface NedmonteringBistandsbedomdWalkthrough extends ServiceUnderTest {

  String DIGITALA_LAS_NEDMONTERING = "Digitalt lås ska nedmonteras";

  @Test
  default void removesTheLockOnceEveryVerkstallighetIsClosedAndKeepsItOnTheRecord() {
    String astrid = TestPersonnummer.of(500);
    Order order = Order.of(astrid, "Astrid Avslut", "Avslutsgatan 1");
    Installed installed = new MonteringWalk(driver()).installLock(order, "PH-5001");
    LocalDate hemtjanstClosed = today().minusDays(4);
    LocalDate larmClosed = today().minusDays(2);

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        RestAnswers.personnummer("19500101-" + astrid.substring(8)));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_AVSLUTA_VERKSTALLIGHET,
        RestAnswers.hemtjanstAvslutad(hemtjanstClosed, true));
    JsonNode afterHemtjanst = driver().registry(installed.brukareId());
    assertThat(afterHemtjanst.path("brukare").path("insatsHemtjanst").asBoolean()).isFalse();
    assertThat(afterHemtjanst.path("brukare").path("verkstallighetHemtjanstEnd").asText())
        .isEqualTo(hemtjanstClosed.toString());
    assertThat(BrukareRecord.keyIssuedTo(afterHemtjanst, "HEMTJANST").path("holder").asText()).isEqualTo("BRUKARE");
    assertThat(BrukareRecord.keyIssuedTo(afterHemtjanst, "LARMGRUPP").path("holder").asText()).isEqualTo("LARMGRUPP");

    JsonNode bedom = driver().task(StaffGroup.LARMHANDLAGGARE, astrid, TASK_BEDOM_TRYGGHETSLARM);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertDigitalaLasMessageDelivered(driver().registry(installed.brukareId()), DIGITALA_LAS_NEDMONTERING));
    Reply age = driver().rest().get(staff(StaffGroup.LARMHANDLAGGARE),
        "/engine-rest/task/" + bedom.path("id").asText() + "/variables/" + BRUKARENS_ALDER.name());
    assertThat(age.json().path("value").asInt())
        .isEqualTo(Period.between(LocalDate.of(1950, 1, 1), today()).getYears());
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, bedom, RestAnswers.trygghetslarmKvar(false));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, astrid, TASK_AVSLUTA_LARM_VERKSTALLIGHET,
        RestAnswers.larmAvslutat(larmClosed));

    JsonNode boka = driver().task(StaffGroup.MONTOR, astrid, LasNedmontering.TASK_BOKA_NEDMONTERING);
    assertThat(RoutineDriver.due(boka).toInstant())
        .as("nedmonteringSenast: the later closing date + 14 days")
        .isEqualTo(larmClosed.plusDays(14).atTime(23, 59).atZone(SERVICE_ZONE).toInstant());
    OffsetDateTime booked = today().plusDays(3).atTime(LocalTime.of(10, 15)).atZone(SERVICE_ZONE).toOffsetDateTime();
    driver().claimAndComplete(StaffGroup.MONTOR, boka, RestAnswers.bokadNedmontering(booked));
    JsonNode nedmontera = driver().task(StaffGroup.MONTOR, astrid, LasNedmontering.TASK_NEDMONTERA_LAS);
    assertThat(RoutineDriver.due(nedmontera).toInstant()).as("the booked time").isEqualTo(booked.toInstant());
    LocalDate removalDay = today();
    driver().claimAndComplete(StaffGroup.MONTOR, nedmontera, RestAnswers.nedmontering());
    LocalDate removalDayAfter = today();
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, astrid, LasNedmontering.TASK_KONTROLLERA_FRANKOPPLING,
        RestAnswers.frankoppling());

    driver().assertEndedAt(routineId, END_EVENT_LAS_NEDMONTERAT);
    driver().assertEndedAt(driver().calledInstance(routineId), LasNedmontering.END_EVENT_LAS_NEDMONTERAT);

    JsonNode record = driver().registry(installed.brukareId());
    assertThat(BrukareRecord.lockStatus(record)).as("no lock on the door: " + record.path("lock")).isEqualTo("none");
    assertThat(record.path("lockHistory")).hasSize(1);
    JsonNode removed = record.path("lockHistory").get(0);
    assertThat(removed.path("lock").path("serialNumber").asText()).isEqualTo("PH-5001");
    assertThat(removed.path("lock").path("status").asText()).isEqualTo("REMOVED");
    assertThat(LocalDate.parse(removed.path("lock").path("removedOn").asText())).isBetween(removalDay, removalDayAfter);
    assertThat(removed.path("lock").path("installedOn").isTextual()).isTrue();
    assertThat(removed.path("unlinkedAt").isTextual()).as("unlinked: " + removed).isTrue();
    assertThat(record.path("keys")).hasSize(2).allSatisfy(key -> {
      assertThat(key.path("holder").asText()).as(key.toString()).isEqualTo("BRUKARE");
      assertThat(key.path("returnedAt").isTextual()).as(key.toString()).isTrue();
    });
    assertThat(List.of(BrukareRecord.keyIssuedTo(record, "HEMTJANST").path("keyNumber").asText(),
        BrukareRecord.keyIssuedTo(record, "LARMGRUPP").path("keyNumber").asText()))
        .containsExactly(order.hemtjanstensNyckel(), order.larmgruppensNyckel());
    assertThat(BrukareRecord.receipts(record, "NYCKELKVITTENS")).singleElement().satisfies(kvittens ->
        assertThat(kvittens.path("signedBy").asText()).contains("(" + staff(StaffGroup.MONTOR).userId() + ")"));
    JsonNode brukare = record.path("brukare");
    assertThat(brukare.path("insatsHemtjanst").asBoolean()).isFalse();
    assertThat(brukare.path("insatsTrygghetslarm").asBoolean()).isFalse();
    assertThat(brukare.path("verkstallighetHemtjanstEnd").asText()).isEqualTo(hemtjanstClosed.toString());
    assertThat(brukare.path("verkstallighetTrygghetslarmEnd").asText()).isEqualTo(larmClosed.toString());
    assertThat(record.path("notes").toString()).contains("PH-5001) nedmonterat");

    Reply again = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(astrid));
    assertThat(again.code()).as("a finished removal frees the brukare: " + again.json()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, astrid, TASK_AVSLUTA_VERKSTALLIGHET,
        RestAnswers.hemtjanstAvslutad(hemtjanstClosed, true));
    driver().assertEndedAt(again.json().path("id").asText(), END_EVENT_INGET_LAS);
  }

  @Test
  default void aTrygghetslarmThatStaysKeepsTheLockOnTheDoor() {
    String bertil = TestPersonnummer.of(501);
    Order order = Order.of(bertil, "Bertil Larmkvar", "Avslutsgatan 2");
    Installed installed = new MonteringWalk(driver()).installLock(order, "PH-5011");
    LocalDate hemtjanstClosed = today().minusDays(1);

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(bertil));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, bertil, TASK_AVSLUTA_VERKSTALLIGHET,
        RestAnswers.hemtjanstAvslutad(hemtjanstClosed, true));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, bertil, TASK_BEDOM_TRYGGHETSLARM,
        RestAnswers.trygghetslarmKvar(true));

    driver().assertEndedAt(routineId, END_EVENT_LARM_KVAR_LASET_SITTER_KVAR);
    Reply called = driver().rest().get(admin(), "/engine-rest/history/process-instance?superProcessInstanceId=" + routineId);
    assertThat(called.json()).as("las-nedmontering is not called").isEmpty();
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-5011");
    assertThat(BrukareRecord.linkedPersonnummer(record)).containsExactly(bertil);
    assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).isFalse();
    assertThat(record.path("brukare").path("insatsTrygghetslarm").asBoolean()).isTrue();
    assertThat(record.path("brukare").path("verkstallighetTrygghetslarmEnd").isNull()).isTrue();
    assertThat(BrukareRecord.keyIssuedTo(record, "HEMTJANST").path("holder").asText()).isEqualTo("BRUKARE");
    JsonNode larmgruppens = BrukareRecord.keyIssuedTo(record, "LARMGRUPP");
    assertThat(larmgruppens.path("holder").asText()).isEqualTo("LARMGRUPP");
    assertThat(larmgruppens.path("returnedAt").isNull()).isTrue();
    assertThat(BrukareRecord.receipts(record, "NYCKELKVITTENS")).isEmpty();
  }
}
