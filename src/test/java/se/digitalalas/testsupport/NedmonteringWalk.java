package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Reply;

/**
 * The removal routines walked through the REST API as staff: routine 2 (the biståndshandläggare's
 * cancellation) or 4 (the trygghetslarm ends) up to las-nedmontering, and las-nedmontering's
 * booking, removal and check.
 */
public final class NedmonteringWalk {

  private final RoutineDriver driver;

  public NedmonteringWalk(RoutineDriver driver) {
    this.driver = driver;
  }

  /** Routine 2 started with the personnummer; returns the instance's id. */
  public String cancel(String personnummer) {
    Reply started = driver.start(driver.staff(StaffGroup.BISTANDSHANDLAGGARE), NedmonteringBistandsbedomd.PROCESS_ID,
        RestAnswers.personnummer(personnummer));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  /** Routine 4 started with the personnummer; returns the instance's id. */
  public String endTrygghetslarm(String personnummer) {
    Reply started = driver.start(driver.staff(StaffGroup.LARMHANDLAGGARE), NedmonteringTrygghetslarm.PROCESS_ID,
        RestAnswers.personnummer(personnummer));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  /**
   * Routine 2 up to las-nedmontering: hemtjänst closed with its keys returned, the trygghetslarm
   * not kept and closed too.
   */
  public void closeEveryVerkstallighet(String personnummer, LocalDate hemtjanstClosed, LocalDate larmClosed) {
    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, personnummer,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_VERKSTALLIGHET, RestAnswers.hemtjanstAvslutad(hemtjanstClosed, true));
    driver.claimAndComplete(StaffGroup.LARMHANDLAGGARE, personnummer,
        NedmonteringBistandsbedomd.TASK_BEDOM_TRYGGHETSLARM, RestAnswers.trygghetslarmKvar(false));
    driver.claimAndComplete(StaffGroup.LARMHANDLAGGARE, personnummer,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_LARM_VERKSTALLIGHET, RestAnswers.larmAvslutat(larmClosed));
  }

  /** las-nedmontering: booked the day after tomorrow, removed with every checkpoint, unlinked in Axsor and Phoniro. */
  public void takeDown(String personnummer) {
    OffsetDateTime booked = RoutineDriver.today().plusDays(2).atTime(LocalTime.of(9, 0))
        .atZone(RoutineDriver.SERVICE_ZONE).toOffsetDateTime();
    driver.claimAndComplete(StaffGroup.MONTOR, personnummer, LasNedmontering.TASK_BOKA_NEDMONTERING,
        RestAnswers.bokadNedmontering(booked));
    driver.claimAndComplete(StaffGroup.MONTOR, personnummer, LasNedmontering.TASK_NEDMONTERA_LAS,
        RestAnswers.nedmontering());
    driver.claimAndComplete(StaffGroup.LARMHANDLAGGARE, personnummer, LasNedmontering.TASK_KONTROLLERA_FRANKOPPLING,
        RestAnswers.frankoppling());
  }
}
