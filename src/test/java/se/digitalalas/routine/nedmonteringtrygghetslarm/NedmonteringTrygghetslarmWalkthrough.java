package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm.*;
import static se.digitalalas.testsupport.RoutineDriver.SERVICE_ZONE;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
 * Routine 4, nedmontering-trygghetslarm, walked through the REST API by the larmhandläggare and
 * the montör after routine 1 installed the lock: the trygghetslarm ends, and the lock comes down
 * unless hemtjänst remains (the record then moves to hemtjänst, lock and keys unchanged).
 */
interface NedmonteringTrygghetslarmWalkthrough extends ServiceUnderTest {

  @Test
  default void removesTheLockWhenTheTrygghetslarmEndsAndNoHemtjanstRemains() {
    String cecilia = TestPersonnummer.of(520);
    Order order = Order.of(cecilia, "Cecilia Larmslut", "Larmslutsvägen 1").onlyTrygghetslarm();
    Installed installed = new MonteringWalk(driver()).installLock(order, "PH-5201");
    LocalDate larmClosed = today().minusDays(1);

    Reply started = driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(cecilia));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, cecilia, TASK_KONTROLLERA_HEMTJANST,
        RestAnswers.hemtjanstKvarstar(false));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, cecilia, TASK_AVSLUTA_LARM_VERKSTALLIGHET,
        RestAnswers.larmAvslutat(larmClosed));

    JsonNode boka = driver().task(StaffGroup.MONTOR, cecilia, LasNedmontering.TASK_BOKA_NEDMONTERING);
    assertThat(RoutineDriver.due(boka).toInstant()).as("nedmonteringSenast: the closing date + 14 days")
        .isEqualTo(larmClosed.plusDays(14).atTime(23, 59).atZone(SERVICE_ZONE).toInstant());
    OffsetDateTime booked = today().plusDays(2).atTime(LocalTime.of(13, 0)).atZone(SERVICE_ZONE).toOffsetDateTime();
    driver().claimAndComplete(StaffGroup.MONTOR, boka, RestAnswers.bokadNedmontering(booked));
    driver().claimAndComplete(StaffGroup.MONTOR, cecilia, LasNedmontering.TASK_NEDMONTERA_LAS, RestAnswers.nedmontering());
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, cecilia, LasNedmontering.TASK_KONTROLLERA_FRANKOPPLING,
        RestAnswers.frankoppling());

    driver().assertEndedAt(routineId, END_EVENT_LAS_NEDMONTERAT);
    driver().assertEndedAt(driver().calledInstance(routineId), LasNedmontering.END_EVENT_LAS_NEDMONTERAT);
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("none");
    assertThat(record.path("lockHistory")).singleElement().satisfies(link -> {
      assertThat(link.path("lock").path("serialNumber").asText()).isEqualTo("PH-5201");
      assertThat(link.path("lock").path("status").asText()).isEqualTo("REMOVED");
      assertThat(link.path("lock").path("removedOn").isTextual()).isTrue();
    });
    assertThat(record.path("keys")).isNotEmpty().allSatisfy(key -> {
      assertThat(key.path("holder").asText()).as(key.toString()).isEqualTo("BRUKARE");
      assertThat(key.path("returnedAt").isTextual()).as(key.toString()).isTrue();
    });
    assertThat(BrukareRecord.receipts(record, "NYCKELKVITTENS")).singleElement().satisfies(kvittens ->
        assertThat(kvittens.path("signedBy").asText()).contains("(" + staff(StaffGroup.MONTOR).userId() + ")"));
    assertThat(record.path("brukare").path("insatsTrygghetslarm").asBoolean()).isFalse();
    assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).isFalse();
    assertThat(record.path("brukare").path("verkstallighetTrygghetslarmEnd").asText()).isEqualTo(larmClosed.toString());
  }

  @Test
  default void hemtjanstThatRemainsMovesTheRecordToHemtjanstAndTheLockStays() {
    String dag = TestPersonnummer.of(521);
    Order order = Order.of(dag, "Dag Hemtjanstkvar", "Larmslutsvägen 2");
    Installed installed = new MonteringWalk(driver()).installLock(order, "PH-5211");
    JsonNode before = driver().registry(installed.brukareId());

    Reply started = driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(dag));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, dag, TASK_KONTROLLERA_HEMTJANST,
        RestAnswers.hemtjanstKvarstar(true));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_FLYTTAD_TILL_HEMTJANST);
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(record.path("lock")).as("the lock as it was").isEqualTo(before.path("lock"));
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
    assertThat(record.path("keys")).as("the keys as they were").isEqualTo(before.path("keys"));
    assertThat(record.path("keys")).allSatisfy(key -> assertThat(key.path("returnedAt").isNull()).isTrue());
    assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).isTrue();
    assertThat(record.path("brukare").path("insatsTrygghetslarm").asBoolean()).isFalse();
    assertThat(BrukareRecord.receipts(record, "NYCKELKVITTENS")).isEmpty();
    assertThat(record.path("notes").toString()).contains("akten flyttad från trygghetslarm till hemtjänst");
  }

  @Test
  default void withoutALockTheRoutineEndsOnceTheTrygghetslarmIsClosed() {
    String einar = TestPersonnummer.of(522);
    Installed registered = new MonteringWalk(driver())
        .registerWithoutLock(Order.of(einar, "Einar Utanlas", "Larmslutsvägen 3").onlyTrygghetslarm());

    Reply started = driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(einar));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, einar, TASK_KONTROLLERA_HEMTJANST,
        RestAnswers.hemtjanstKvarstar(false));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, einar, TASK_AVSLUTA_LARM_VERKSTALLIGHET,
        RestAnswers.larmAvslutat(today().minusDays(1)));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_INGET_LAS);
    JsonNode record = driver().registry(registered.brukareId());
    assertThat(record.path("brukare").path("insatsTrygghetslarm").asBoolean()).isFalse();
    assertThat(record.path("lockHistory")).isEmpty();
  }

  /**
   * LP §3b.3: every verkställighet, hemtjänst's and trygghetslarm's, is closed before the lock
   * comes down. The registry has this brukare's hemtjänst open (routine 1 decided both insatser
   * and nothing closed hemtjänst), so the larmhandläggare's "no hemtjänst remains" is refused
   * with the reason, and the lock is not ordered off a door hemtjänst still uses.
   */
  @Test
  default void noHemtjanstLeftIsRefusedWhileTheRegistryHasHemtjanstOpen() {
    String frida = TestPersonnummer.of(523);
    Installed installed = new MonteringWalk(driver())
        .installLock(Order.of(frida, "Frida Hemtjanstoppen", "Larmslutsvägen 4"), "PH-5231");

    Reply started = driver().start(staff(StaffGroup.LARMHANDLAGGARE), PROCESS_ID, RestAnswers.personnummer(frida));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    JsonNode kontrollera = driver().task(StaffGroup.LARMHANDLAGGARE, frida, TASK_KONTROLLERA_HEMTJANST);
    driver().claim(StaffGroup.LARMHANDLAGGARE, kontrollera);
    Reply noHemtjanst = driver().complete(staff(StaffGroup.LARMHANDLAGGARE), kontrollera,
        RestAnswers.hemtjanstKvarstar(false));

    RoutineDriver.assertRefused(noHemtjanst, "Hemtjänstinsatser kvarstår: brukaren har hemtjänst i registret");
    assertThat(driver().task(StaffGroup.LARMHANDLAGGARE, frida, TASK_KONTROLLERA_HEMTJANST)).isNotNull();
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).as("hemtjänst open in the registry").isTrue();
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), frida, LasNedmontering.TASK_BOKA_NEDMONTERING)).isEmpty();
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
  }
}
