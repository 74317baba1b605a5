package se.digitalalas.routine.lasnedmontering;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.SERVICE_ZONE;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.NedmonteringWalk;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The 14-day rule of las-nedmontering over REST: nedmonteringSenast counts from the later closing
 * date, shows on the tasks and their forms; a removal registered late reminds the
 * larmhandläggare and escalates to the enhetschef at once, and neither cancels the removal.
 */
interface RemovalDeadlinesWalkthrough extends ServiceUnderTest {

  @Test
  default void aLateRemovalRemindsAndEscalatesAtOnceWithoutCancellingIt() {
    String brukare = TestPersonnummer.of(580);
    LocalDate beslut = today().minusDays(60);
    LocalDate hemtjanstClosed = today().minusDays(30);
    LocalDate larmClosed = today().minusDays(31);
    LocalDate senast = hemtjanstClosed.plusDays(14);
    Installed installed = new MonteringWalk(driver())
        .installLock(Order.of(brukare, "Maj Sen", "Fristgatan 1").decidedOn(beslut), "PH-5801");
    String routineId = new NedmonteringWalk(driver()).cancel(brukare);

    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, brukare, NedmonteringBistandsbedomd.TASK_AVSLUTA_VERKSTALLIGHET,
        Map.of(
            // as Tasklist's date field sends it: a String yyyy-MM-dd
            VERKSTALLIGHET_AVSLUTAD_DATUM.name(), variable(hemtjanstClosed.toString(), "String"),
            FYSISKA_NYCKLAR_ATERLAMNADE.name(), variable(true, "Boolean")));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, brukare, NedmonteringBistandsbedomd.TASK_BEDOM_TRYGGHETSLARM,
        RestAnswers.trygghetslarmKvar(false));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, brukare,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_LARM_VERKSTALLIGHET, RestAnswers.larmAvslutat(larmClosed));

    JsonNode boka = driver().task(StaffGroup.MONTOR, brukare, LasNedmontering.TASK_BOKA_NEDMONTERING);
    assertThat(RoutineDriver.due(boka).toInstant()).as("the later closing date (hemtjänst's) + 14 days")
        .isEqualTo(senast.atTime(23, 59).atZone(SERVICE_ZONE).toInstant());
    JsonNode paminnelse = driver().task(StaffGroup.LARMHANDLAGGARE, brukare, LasNedmontering.TASK_PAMINNELSE_NEDMONTERING);
    JsonNode eskalering = driver().task(StaffGroup.ENHETSCHEF, brukare, LasNedmontering.TASK_ESKALERA_FORSENAD_NEDMONTERING);
    JsonNode forsenad = driver().task(StaffGroup.LARMHANDLAGGARE, brukare, LasNedmontering.TASK_NEDMONTERING_FORSENAD);
    assertThat(RoutineDriver.due(paminnelse).toInstant()).isEqualTo(senast.atTime(23, 59).atZone(SERVICE_ZONE).toInstant());
    Map<String, Object> followedUp = RestAnswers.uppfoljning("Montören bokad, låset tas ned i veckan.");
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, paminnelse, followedUp);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.ENHETSCHEF, eskalering, followedUp);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, forsenad, followedUp);

    driver().claimAndComplete(StaffGroup.ENHETSCHEF, eskalering, followedUp);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, paminnelse, followedUp);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, forsenad, followedUp);
    driver().assertStillOpen(boka);
    assertThat(BrukareRecord.lockStatus(driver().registry(installed.brukareId()))).isEqualTo("INSTALLED");

    new NedmonteringWalk(driver()).takeDown(brukare);
    driver().assertEndedAt(routineId, NedmonteringBistandsbedomd.END_EVENT_LAS_NEDMONTERAT);
    String removal = driver().calledInstance(routineId);
    driver().assertEndedAt(removal, LasNedmontering.END_EVENT_LAS_NEDMONTERAT);
    driver().assertEndedAt(removal, LasNedmontering.END_EVENT_ESKALERING_HANTERAD);
    driver().assertEndedAt(removal, LasNedmontering.END_EVENT_PAMINNELSE_HANTERAD);
    driver().assertEndedAt(removal, LasNedmontering.END_EVENT_FORSENING_HANTERAD);
    assertThat(BrukareRecord.lockStatus(driver().registry(installed.brukareId()))).isEqualTo("none");
  }

  /**
   * The forms of las-nedmontering show nedmonteringSenast and bokadTid (Tasklist turns a Date
   * form variable into the user's local time before {{substring(…)}} cuts it): they reach the
   * form as the very moments the service counted and the montör booked.
   */
  @Test
  default void theFormsGetTheDeadlineAndTheBookedTime() {
    String brukare = TestPersonnummer.of(581);
    LocalDate closed = today().minusDays(2);
    new MonteringWalk(driver()).installLock(Order.of(brukare, "Nils Formvisning", "Fristgatan 2"), "PH-5811");
    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    nedmontering.cancel(brukare);
    nedmontering.closeEveryVerkstallighet(brukare, closed, closed);
    OffsetDateTime booked = today().plusDays(3).atTime(LocalTime.of(10, 15)).atZone(SERVICE_ZONE).toOffsetDateTime();
    JsonNode boka = driver().task(StaffGroup.MONTOR, brukare, LasNedmontering.TASK_BOKA_NEDMONTERING);
    assertThat(restDate(formVariables(boka), NEDMONTERING_SENAST.name()))
        .isEqualTo(closed.plusDays(14).atTime(23, 59).atZone(SERVICE_ZONE).toInstant());

    driver().claimAndComplete(StaffGroup.MONTOR, boka, RestAnswers.bokadNedmontering(booked));
    JsonNode shown = formVariables(driver().task(StaffGroup.MONTOR, brukare, LasNedmontering.TASK_NEDMONTERA_LAS));
    assertThat(restDate(shown, NEDMONTERING_SENAST.name()))
        .isEqualTo(closed.plusDays(14).atTime(23, 59).atZone(SERVICE_ZONE).toInstant());
    assertThat(restDate(shown, BOKAD_TID.name())).isEqualTo(booked.toInstant());
    assertThat(shown.path(SERIENUMMER.name()).path("value").asText()).isEqualTo("PH-5811");
  }

  private static Instant restDate(JsonNode formVariables, String name) {
    JsonNode variable = formVariables.path(name);
    assertThat(variable.path("type").asText()).as(name + ": " + variable).isEqualTo("Date");
    return OffsetDateTime.parse(variable.path("value").asText(), RoutineDriver.REST_DATE).toInstant();
  }

  private JsonNode formVariables(JsonNode task) {
    Reply reply = driver().rest().get(staff(StaffGroup.MONTOR),
        "/engine-rest/task/" + task.path("id").asText() + "/form-variables");
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json();
  }
}
