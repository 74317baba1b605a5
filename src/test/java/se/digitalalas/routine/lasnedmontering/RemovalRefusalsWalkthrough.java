package se.digitalalas.routine.lasnedmontering;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.assertRefused;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm;
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
 * What the removal routines (2, 4 and the las-nedmontering they call) refuse, over REST as staff:
 * each refusal a 400 with a Swedish reason that writes nothing (no instance, the task still open,
 * the record as it was), and every task closed to every group but its own (403).
 */
interface RemovalRefusalsWalkthrough extends ServiceUnderTest {

  String BISTANDSBEDOMD = NedmonteringBistandsbedomd.PROCESS_ID;
  String TRYGGHETSLARM = NedmonteringTrygghetslarm.PROCESS_ID;

  @Test
  default void aBrukareNotInTheRegistryStartsNoRemoval() {
    String unknown = TestPersonnummer.of(599);
    long running2 = driver().runningInstances(BISTANDSBEDOMD);
    long running4 = driver().runningInstances(TRYGGHETSLARM);

    Reply cancellation = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), BISTANDSBEDOMD,
        RestAnswers.personnummer(unknown));
    Reply alarmEnds = driver().start(staff(StaffGroup.LARMHANDLAGGARE), TRYGGHETSLARM, RestAnswers.personnummer(unknown));
    Reply malformed = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), BISTANDSBEDOMD,
        RestAnswers.personnummer("19500101-0000"));

    assertRefused(cancellation, "brukaren finns inte i registret");
    assertRefused(alarmEnds, "brukaren finns inte i registret");
    assertRefused(malformed, "Ogiltigt personnummer");
    assertThat(cancellation.message()).doesNotContain(unknown);
    assertThat(driver().runningInstances(BISTANDSBEDOMD)).isEqualTo(running2);
    assertThat(driver().runningInstances(TRYGGHETSLARM)).isEqualTo(running4);
    assertThat(driver().rest().post(admin(), "/api/brukare/sok", Map.of("personnummer", unknown)).code())
        .as("nothing registered").isEqualTo(404);
  }

  @Test
  default void onlyTheirStartersStartTheRemovals() {
    String brukare = TestPersonnummer.of(560);
    new MonteringWalk(driver()).registerWithoutLock(Order.of(brukare, "Greta Startratt", "Vägransvägen 1"));

    for (StaffGroup group : StaffGroup.values()) {
      if (group != StaffGroup.BISTANDSHANDLAGGARE) {
        Reply reply = driver().start(staff(group), BISTANDSBEDOMD, RestAnswers.personnummer(brukare));
        assertThat(reply.code()).as(group.id() + " starting " + BISTANDSBEDOMD + ": " + reply.json()).isEqualTo(403);
      }
      if (group != StaffGroup.LARMHANDLAGGARE) {
        Reply reply = driver().start(staff(group), TRYGGHETSLARM, RestAnswers.personnummer(brukare));
        assertThat(reply.code()).as(group.id() + " starting " + TRYGGHETSLARM + ": " + reply.json()).isEqualTo(403);
      }
    }
    assertThat(driver().runningInstances(BISTANDSBEDOMD, brukare)).isZero();
    assertThat(driver().runningInstances(TRYGGHETSLARM, brukare)).isZero();
  }

  @Test
  default void aStartTakesNothingButThePersonnummer() {
    String brukare = TestPersonnummer.of(561);
    Installed registered = new MonteringWalk(driver())
        .registerWithoutLock(Order.of(brukare, "Hilda Startdata", "Vägransvägen 2"));
    Map<String, Map<String, Object>> forged = Map.of(
        NEDMONTERING_SENAST.name(), RestAnswers.day(today().plusDays(60)),
        BRUKARE_ID.name(), variable(registered.brukareId() + 1, "Long"),
        BRUKARENS_ALDER.name(), variable(30, "Integer"),
        INSATS_TRYGGHETSLARM.name(), variable(false, "Boolean"),
        NAMN.name(), variable("Någon Annan", "String"));

    for (var field : forged.entrySet()) {
      Map<String, Object> variables = new HashMap<>(RestAnswers.personnummer(brukare));
      variables.put(field.getKey(), field.getValue());
      Reply cancellation = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), BISTANDSBEDOMD, variables);
      Reply alarmEnds = driver().start(staff(StaffGroup.LARMHANDLAGGARE), TRYGGHETSLARM, variables);

      assertRefused(cancellation, "Starten tar inte emot: " + field.getKey());
      assertRefused(alarmEnds, "Starten tar inte emot: " + field.getKey());
    }
    assertThat(driver().runningInstances(BISTANDSBEDOMD, brukare)).isZero();
    assertThat(driver().runningInstances(TRYGGHETSLARM, brukare)).isZero();
  }

  @Test
  default void oneRemovalAtATimeWhicheverRoutineItIs() {
    String first = TestPersonnummer.of(562);
    String second = TestPersonnummer.of(563);
    MonteringWalk montering = new MonteringWalk(driver());
    montering.registerWithoutLock(Order.of(first, "Ingrid Dubbel", "Vägransvägen 3"));
    montering.registerWithoutLock(Order.of(second, "Jan Dubbel", "Vägransvägen 4"));
    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    nedmontering.cancel(first);
    nedmontering.endTrygghetslarm(second);

    Reply againCancelled = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), BISTANDSBEDOMD,
        RestAnswers.personnummer(first));
    Reply alarmEndsMeanwhile = driver().start(staff(StaffGroup.LARMHANDLAGGARE), TRYGGHETSLARM,
        RestAnswers.personnummer(first));
    Reply cancelledMeanwhile = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), BISTANDSBEDOMD,
        RestAnswers.personnummer(second));

    for (Reply reply : new Reply[] {againCancelled, alarmEndsMeanwhile, cancelledMeanwhile}) {
      assertRefused(reply, "Det finns redan en pågående nedmontering för brukaren");
    }
    assertThat(driver().runningInstances(BISTANDSBEDOMD, first)).isEqualTo(1);
    assertThat(driver().runningInstances(TRYGGHETSLARM, first)).isZero();
    assertThat(driver().runningInstances(TRYGGHETSLARM, second)).isEqualTo(1);
    assertThat(driver().runningInstances(BISTANDSBEDOMD, second)).isZero();
  }

  /**
   * Routine 2 to the end, every task first refused what it must refuse and closed to every other
   * group, then answered.
   */
  @Test
  default void everyRemovalTaskRefusesWhatCannotBeAndIsClosedToOtherGroups() {
    String brukare = TestPersonnummer.of(564);
    Order order = Order.of(brukare, "Karl Vagrad", "Vägransvägen 5");
    Installed installed = new MonteringWalk(driver()).installLock(order, "PH-5641");
    String routineId = new NedmonteringWalk(driver()).cancel(brukare);
    LocalDate closedOn = today().minusDays(1);

    JsonNode avsluta = driver().task(StaffGroup.HEMTJANSTUTFORARE, brukare,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_VERKSTALLIGHET);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.HEMTJANSTUTFORARE, avsluta, RestAnswers.hemtjanstAvslutad(closedOn, true));
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, avsluta);
    refusedWritingNothing(installed, StaffGroup.HEMTJANSTUTFORARE, avsluta,
        RestAnswers.hemtjanstAvslutad(today().plusDays(2), true), "ligger i framtiden");
    refusedWritingNothing(installed, StaffGroup.HEMTJANSTUTFORARE, avsluta,
        RestAnswers.hemtjanstAvslutad(order.beslutsdatum().minusDays(1), true),
        "ligger före insatsens start (" + order.beslutsdatum() + ")");
    refusedWritingNothing(installed, StaffGroup.HEMTJANSTUTFORARE, avsluta,
        RestAnswers.hemtjanstAvslutad(closedOn, false), "fysiska nycklar är återlämnade");
    refusedWritingNothing(installed, StaffGroup.HEMTJANSTUTFORARE, avsluta,
        with(RestAnswers.hemtjanstAvslutad(closedOn, true), NEDMONTERING_SENAST.name(),
            RestAnswers.day(today().plusDays(90))),
        "Uppgiften tar inte emot: " + NEDMONTERING_SENAST.name());
    Reply noDateVariable = driver().rest().get(admin(),
        "/engine-rest/task/" + avsluta.path("id").asText() + "/variables/" + VERKSTALLIGHET_AVSLUTAD_DATUM.name());
    assertThat(noDateVariable.code()).as("the refused answers were not kept: " + noDateVariable.json()).isEqualTo(404);
    assertThat(driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), avsluta,
        RestAnswers.hemtjanstAvslutad(closedOn, true)).code()).isEqualTo(204);

    JsonNode bedom = driver().task(StaffGroup.LARMHANDLAGGARE, brukare, NedmonteringBistandsbedomd.TASK_BEDOM_TRYGGHETSLARM);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, bedom, RestAnswers.trygghetslarmKvar(false));
    driver().claim(StaffGroup.LARMHANDLAGGARE, bedom);
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, bedom, Map.of(), "Saknas: " + TRYGGHETSLARM_KVAR.label());
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, bedom,
        with(RestAnswers.trygghetslarmKvar(false), BRUKARENS_ALDER.name(), variable(64, "Integer")),
        "Uppgiften tar inte emot: " + BRUKARENS_ALDER.name());
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), bedom, RestAnswers.trygghetslarmKvar(false)).code())
        .isEqualTo(204);

    JsonNode larm = driver().task(StaffGroup.LARMHANDLAGGARE, brukare,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_LARM_VERKSTALLIGHET);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, larm, RestAnswers.larmAvslutat(closedOn));
    driver().claim(StaffGroup.LARMHANDLAGGARE, larm);
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, larm, RestAnswers.larmAvslutat(today().plusDays(2)),
        "ligger i framtiden");
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, larm,
        RestAnswers.larmAvslutat(order.beslutsdatum().minusDays(1)), "ligger före insatsens start");
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, larm,
        with(RestAnswers.larmAvslutat(closedOn), NEDMONTERING_SENAST.name(), RestAnswers.day(today().plusDays(90))),
        "Uppgiften tar inte emot: " + NEDMONTERING_SENAST.name());
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), larm, RestAnswers.larmAvslutat(closedOn)).code())
        .isEqualTo(204);

    OffsetDateTime booked = today().plusDays(4).atTime(LocalTime.of(8, 30)).atZone(RoutineDriver.SERVICE_ZONE)
        .toOffsetDateTime();
    JsonNode boka = driver().task(StaffGroup.MONTOR, brukare, LasNedmontering.TASK_BOKA_NEDMONTERING);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.MONTOR, boka, RestAnswers.bokadNedmontering(booked));
    driver().claim(StaffGroup.MONTOR, boka);
    refusedWritingNothing(installed, StaffGroup.MONTOR, boka, Map.of(), "Saknas: " + BOKAD_TID.label());
    refusedWritingNothing(installed, StaffGroup.MONTOR, boka,
        with(RestAnswers.bokadNedmontering(booked), NEDMONTERING_SENAST.name(), RestAnswers.day(today().plusDays(90))),
        "Uppgiften tar inte emot: " + NEDMONTERING_SENAST.name());
    assertThat(driver().complete(staff(StaffGroup.MONTOR), boka, RestAnswers.bokadNedmontering(booked)).code())
        .isEqualTo(204);

    JsonNode nedmontera = driver().task(StaffGroup.MONTOR, brukare, LasNedmontering.TASK_NEDMONTERA_LAS);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.MONTOR, nedmontera, RestAnswers.nedmontering());
    driver().claim(StaffGroup.MONTOR, nedmontera);
    Map<String, Object> unsigned = new HashMap<>(RestAnswers.nedmontering());
    unsigned.remove(NYCKELKVITTENS_SIGNERAD.name());
    refusedWritingNothing(installed, StaffGroup.MONTOR, nedmontera, unsigned,
        "Bekräfta kontrollpunkterna", NYCKELKVITTENS_SIGNERAD.label());
    refusedWritingNothing(installed, StaffGroup.MONTOR, nedmontera,
        with(RestAnswers.nedmontering(), ORDINARIE_LASVRED_ATERSTALLT.name(), variable(false, "Boolean")),
        ORDINARIE_LASVRED_ATERSTALLT.label());
    refusedWritingNothing(installed, StaffGroup.MONTOR, nedmontera,
        with(RestAnswers.nedmontering(), LASET_DELAS.name(), variable(true, "Boolean")),
        "Uppgiften tar inte emot: " + LASET_DELAS.name());
    JsonNode stillUp = driver().registry(installed.brukareId());
    assertThat(BrukareRecord.lockStatus(stillUp)).isEqualTo("INSTALLED");
    assertThat(BrukareRecord.keyIssuedTo(stillUp, "LARMGRUPP").path("holder").asText()).isEqualTo("LARMGRUPP");
    assertThat(BrukareRecord.receipts(stillUp, "NYCKELKVITTENS")).isEmpty();
    assertThat(driver().complete(staff(StaffGroup.MONTOR), nedmontera, RestAnswers.nedmontering()).code())
        .isEqualTo(204);

    JsonNode kontrollera = driver().task(StaffGroup.LARMHANDLAGGARE, brukare, LasNedmontering.TASK_KONTROLLERA_FRANKOPPLING);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, kontrollera, RestAnswers.frankoppling());
    driver().claim(StaffGroup.LARMHANDLAGGARE, kontrollera);
    Map<String, Object> axsorOnly = new HashMap<>(RestAnswers.frankoppling());
    axsorOnly.remove(SERIENUMMER_FRANKOPPLAT_I_PHONIRO.name());
    refusedWritingNothing(installed, StaffGroup.LARMHANDLAGGARE, kontrollera, axsorOnly,
        "Bekräfta alla kontrollpunkter", SERIENUMMER_FRANKOPPLAT_I_PHONIRO.label());
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), kontrollera, RestAnswers.frankoppling()).code())
        .isEqualTo(204);

    driver().assertEndedAt(routineId, NedmonteringBistandsbedomd.END_EVENT_LAS_NEDMONTERAT);
    assertThat(BrukareRecord.lockStatus(driver().registry(installed.brukareId()))).isEqualTo("none");
  }

  /** Routine 4's own tasks, closed to every group but the larmhandläggare's. */
  @Test
  default void theTrygghetslarmRoutinesTasksAreTheLarmhandlaggaresOnly() {
    String brukare = TestPersonnummer.of(565);
    Order order = Order.of(brukare, "Lena Larmvagrad", "Vägransvägen 6").onlyTrygghetslarm();
    Installed registered = new MonteringWalk(driver()).registerWithoutLock(order);
    String routineId = new NedmonteringWalk(driver()).endTrygghetslarm(brukare);

    JsonNode kontrollera = driver().task(StaffGroup.LARMHANDLAGGARE, brukare,
        NedmonteringTrygghetslarm.TASK_KONTROLLERA_HEMTJANST);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, kontrollera, RestAnswers.hemtjanstKvarstar(false));
    driver().claim(StaffGroup.LARMHANDLAGGARE, kontrollera);
    refusedWritingNothing(registered, StaffGroup.LARMHANDLAGGARE, kontrollera, Map.of(),
        "Saknas: " + HEMTJANST_KVARSTAR.label());
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), kontrollera, RestAnswers.hemtjanstKvarstar(false))
        .code()).isEqualTo(204);

    JsonNode larm = driver().task(StaffGroup.LARMHANDLAGGARE, brukare,
        NedmonteringTrygghetslarm.TASK_AVSLUTA_LARM_VERKSTALLIGHET);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.LARMHANDLAGGARE, larm, RestAnswers.larmAvslutat(today().minusDays(1)));
    driver().claim(StaffGroup.LARMHANDLAGGARE, larm);
    refusedWritingNothing(registered, StaffGroup.LARMHANDLAGGARE, larm, RestAnswers.larmAvslutat(today().plusDays(2)),
        "ligger i framtiden");
    refusedWritingNothing(registered, StaffGroup.LARMHANDLAGGARE, larm,
        RestAnswers.larmAvslutat(order.beslutsdatum().minusDays(1)), "ligger före insatsens start");
    assertThat(driver().complete(staff(StaffGroup.LARMHANDLAGGARE), larm, RestAnswers.larmAvslutat(today().minusDays(1)))
        .code()).isEqualTo(204);
    driver().assertEndedAt(routineId, NedmonteringTrygghetslarm.END_EVENT_INGET_LAS);
  }

  /** Refused with a Swedish reason; the task stays open and the record is as it was. */
  private void refusedWritingNothing(Installed brukare, StaffGroup group, JsonNode task, Map<String, Object> answers,
      String... reason) {
    JsonNode before = BrukareRecord.withoutMessages(driver().registry(brukare.brukareId()));
    Reply reply = driver().complete(staff(group), task, answers);
    assertRefused(reply, reason);
    driver().assertStillOpen(task);
    assertThat(BrukareRecord.withoutMessages(driver().registry(brukare.brukareId()))).isEqualTo(before);
  }

  private static Map<String, Object> with(Map<String, Object> answers, String name, Object value) {
    Map<String, Object> more = new HashMap<>(answers);
    more.put(name, value);
    return more;
  }
}
