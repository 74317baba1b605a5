package se.digitalalas.routine.byteavutforare;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.byteavutforare.ByteAvUtforare.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Byte av utförare (PT), walked through the REST API by the biståndshandläggare for a brukare
 * whose lock routine 1 installed: the new provider is told the brukare had another, the previous
 * one that the lock stays; the registry then has the new provider, the change and a note, and the
 * lock as it was.
 */
interface ByteAvUtforareWalkthrough extends ServiceUnderTest {

  @Test
  default void bothProvidersInformedTheRegistryHasTheNewProviderAndTheLockStays() {
    String greta = TestPersonnummer.of(990);
    Installed installed = new MonteringWalk(driver())
        .installLock(Order.of(greta, "Greta Utforarbyte", "Utförarvägen 1"), "PH-9901");
    JsonNode before = driver().registry(installed.brukareId());

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        change(greta, "Hemtjänst Norra", "Omsorg Söder"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        change(greta, "Hemtjänst Norra", "Omsorg Väster")), "Det finns redan ett pågående byte av utförare");

    JsonNode informeraNy = driver().task(StaffGroup.BISTANDSHANDLAGGARE, greta, TASK_INFORMERA_NY_UTFORARE);
    driver().claim(StaffGroup.BISTANDSHANDLAGGARE, informeraNy);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.BISTANDSHANDLAGGARE), informeraNy,
        Map.of(NY_UTFORARE_INFORMERAD.name(), variable(false, "Boolean"))),
        "Bekräfta alla kontrollpunkter", NY_UTFORARE_INFORMERAD.label());
    driver().assertStillOpen(informeraNy);
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, informeraNy,
        Map.of(NY_UTFORARE_INFORMERAD.name(), variable(true, "Boolean")));

    JsonNode informeraTidigare =
        driver().task(StaffGroup.BISTANDSHANDLAGGARE, greta, TASK_INFORMERA_TIDIGARE_UTFORARE);
    driver().claim(StaffGroup.BISTANDSHANDLAGGARE, informeraTidigare);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.BISTANDSHANDLAGGARE), informeraTidigare, Map.of()),
        "Bekräfta alla kontrollpunkter", TIDIGARE_UTFORARE_INFORMERAD.label());
    driver().assertStillOpen(informeraTidigare);
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, informeraTidigare,
        Map.of(TIDIGARE_UTFORARE_INFORMERAD.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_UTFORARE_BYTT);
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(record.path("utforare").asText()).isEqualTo("Omsorg Söder");
    assertThat(record.path("utforareHistory")).singleElement().satisfies(change -> {
      assertThat(change.path("fromUtforare").asText()).isEqualTo("Hemtjänst Norra");
      assertThat(change.path("toUtforare").asText()).isEqualTo("Omsorg Söder");
      assertThat(change.path("changedBy").asText())
          .contains("(" + staff(StaffGroup.BISTANDSHANDLAGGARE).userId() + ")");
      assertThat(change.path("changedAt").isTextual()).isTrue();
    });
    assertThat(record.path("notes").toString())
        .contains("Byte av utförare: från Hemtjänst Norra till Omsorg Söder. Låset sitter kvar.");
    assertThat(record.path("lock")).as("the lock as it was").isEqualTo(before.path("lock"));
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
    assertThat(record.path("keys")).as("the keys as they were").isEqualTo(before.path("keys"));

    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        change(greta, "Hemtjänst Norra", "Omsorg Väster")),
        "Tidigare utförare: brukarens utförare i registret är Omsorg Söder");
  }

  @Test
  default void anUnknownBrukareIsRefusedAndNothingStarts() {
    String okand = TestPersonnummer.of(991);
    long running = driver().runningInstances(PROCESS_ID);

    Reply refused = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        change(okand, "Hemtjänst Norra", "Omsorg Söder"));

    RoutineDriver.assertRefused(refused, "brukaren finns inte i registret");
    assertThat(driver().runningInstances(PROCESS_ID)).isEqualTo(running);
  }

  @Test
  default void theSameProviderTwiceIsRefusedAndOnlyTheBistandshandlaggareStarts() {
    String hugo = TestPersonnummer.of(992);
    Installed registered = new MonteringWalk(driver())
        .registerWithoutLock(Order.of(hugo, "Hugo Sammautforare", "Utförarvägen 2"));

    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        change(hugo, "Hemtjänst Norra", "hemtjänst norra")), "ange en annan utförare än den tidigare");
    Reply byHemtjanst = driver().start(staff(StaffGroup.HEMTJANSTUTFORARE), PROCESS_ID,
        change(hugo, "Hemtjänst Norra", "Omsorg Söder"));
    assertThat(byHemtjanst.code()).as(byHemtjanst.json().toString()).isBetween(400, 499);

    assertThat(driver().runningInstances(PROCESS_ID, hugo)).isZero();
    assertThat(driver().registry(registered.brukareId()).path("utforare").isNull()).isTrue();
  }

  /** The start: the personnummer of a registered brukare and the two providers, as an integration sends it. */
  private static Map<String, Object> change(String personnummer, String tidigare, String ny) {
    return Map.of(
        PERSONNUMMER.name(), variable(personnummer, "String"),
        TIDIGARE_UTFORARE.name(), variable(tidigare, "String"),
        NY_UTFORARE.name(), variable(ny, "String"));
  }
}
