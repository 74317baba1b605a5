package se.digitalalas.routine.lasnedmontering;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.NedmonteringWalk;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Two cohabitants linked to the household's one lock (LKP): the first to leave is only unlinked,
 * the lock staying on the door for the one who keeps insatser; when the last one leaves, the lock
 * comes down.
 */
interface SharedLockRemovalWalkthrough extends ServiceUnderTest {

  String ADDRESS = "Delade gränd 7";

  @Test
  default void theFirstToLeaveIsUnlinkedAndTheLastToLeaveTakesTheLockDown() {
    String gun = TestPersonnummer.of(540);
    String hans = TestPersonnummer.of(541);
    MonteringWalk montering = new MonteringWalk(driver());
    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    Installed gunsLock = montering.installLock(Order.of(gun, "Gun Delad", ADDRESS), "PH-5401");
    Installed hansLinked = montering.linkToTheHouseholdsLock(Order.of(hans, "Hans Delad", ADDRESS));
    assertThat(BrukareRecord.linkedPersonnummer(driver().registry(gunsLock.brukareId()))).containsExactly(gun, hans);

    String gunLeaves = nedmontering.cancel(gun);
    nedmontering.closeEveryVerkstallighet(gun, today().minusDays(3), today().minusDays(3));

    driver().assertEndedAt(gunLeaves, NedmonteringBistandsbedomd.END_EVENT_BRUKARE_FRANKOPPLAD);
    driver().assertEndedAt(driver().calledInstance(gunLeaves), LasNedmontering.END_EVENT_BRUKARE_FRANKOPPLAD);
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), gun, LasNedmontering.TASK_BOKA_NEDMONTERING)).isEmpty();
    JsonNode gunsRecord = driver().registry(gunsLock.brukareId());
    assertThat(BrukareRecord.lockStatus(gunsRecord)).as("the household's lock, still on the door").isEqualTo("INSTALLED");
    assertThat(BrukareRecord.linkedPersonnummer(gunsRecord)).as("Gun is no longer linked to it").containsExactly(hans);
    assertThat(gunsRecord.path("lockHistory")).singleElement().satisfies(link -> {
      assertThat(link.path("lock").path("serialNumber").asText()).isEqualTo("PH-5401");
      assertThat(link.path("lock").path("status").asText()).isEqualTo("INSTALLED");
      assertThat(link.path("unlinkedAt").isTextual()).as(link.toString()).isTrue();
    });
    // hemtjänst gave its set back when the verkställighet closed; nobody visited the door for the rest
    assertThat(gunsRecord.path("keys")).isNotEmpty().allSatisfy(key -> assertThat(key.path("holder").asText())
        .as(key.toString()).isEqualTo(key.path("issuedTo").asText().equals("HEMTJANST") ? "BRUKARE" : "LARMGRUPP"));
    JsonNode hansRecord = driver().registry(hansLinked.brukareId());
    assertThat(BrukareRecord.lockStatus(hansRecord)).isEqualTo("INSTALLED");
    assertThat(hansRecord.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-5401");
    assertThat(BrukareRecord.linkedPersonnummer(hansRecord)).containsExactly(hans);

    String hansLeaves = nedmontering.cancel(hans);
    nedmontering.closeEveryVerkstallighet(hans, today().minusDays(1), today().minusDays(1));
    nedmontering.takeDown(hans);

    driver().assertEndedAt(hansLeaves, NedmonteringBistandsbedomd.END_EVENT_LAS_NEDMONTERAT);
    driver().assertEndedAt(driver().calledInstance(hansLeaves), LasNedmontering.END_EVENT_LAS_NEDMONTERAT);
    hansRecord = driver().registry(hansLinked.brukareId());
    assertThat(BrukareRecord.lockStatus(hansRecord)).isEqualTo("none");
    assertThat(hansRecord.path("lockHistory")).singleElement().satisfies(link -> {
      assertThat(link.path("lock").path("serialNumber").asText()).isEqualTo("PH-5401");
      assertThat(link.path("lock").path("status").asText()).isEqualTo("REMOVED");
      assertThat(link.path("lock").path("removedOn").isTextual()).isTrue();
    });
    assertThat(BrukareRecord.receipts(hansRecord, "NYCKELKVITTENS")).hasSize(1);
    assertThat(driver().registry(gunsLock.brukareId()).path("lockHistory").get(0).path("lock").path("status").asText())
        .as("Gun's history shows the lock as it is now").isEqualTo("REMOVED");
  }
}
