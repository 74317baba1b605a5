package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Twenty biståndshandläggare start the same routine for one brukare at the same moment, through
 * the REST API of the running service: exactly one routine runs, every other start is refused
 * with the reason. A deleted routine no longer blocks the brukare.
 */
interface OneRunningRoutineRace extends ServiceUnderTest {

  int PARALLEL_STARTS = 20;
  String REFUSED = "Det finns redan en pågående montering för brukaren";

  @Test
  default void parallelStartsForOneBrukareLeaveOneRunningRoutine() throws Exception {
    int trials = Integer.getInteger("race.trials", 1);
    List<String> figures = new ArrayList<>();
    List<List<Reply>> repliesOfEachTrial = new ArrayList<>();
    List<Long> runningAfterEachTrial = new ArrayList<>();
    for (int trial = 0; trial < trials; trial++) {
      String personnummer = TestPersonnummer.of(databaseSerial() + trial);
      registeredByAnEarlierRoutine(personnummer);
      List<Reply> replies = startInParallel(personnummer);
      long running = runningFor(personnummer);
      repliesOfEachTrial.add(replies);
      runningAfterEachTrial.add(running);
      figures.add("trial " + trial + ": " + running + " running, codes "
          + replies.stream().map(Reply::code).sorted().toList());
    }
    System.out.println("[race] " + getClass().getSimpleName() + " " + figures);

    assertThat(runningAfterEachTrial).as(figures.toString()).containsOnly(1L);
    assertThat(repliesOfEachTrial).allSatisfy(replies -> {
      assertThat(replies).filteredOn(reply -> reply.code() == 200).hasSize(1);
      assertThat(replies).filteredOn(reply -> reply.code() != 200).hasSize(PARALLEL_STARTS - 1)
          .allSatisfy(reply -> {
            assertThat(reply.code()).isEqualTo(400);
            assertThat(reply.message()).isEqualTo(REFUSED);
          });
    });
  }

  @Test
  default void aDeletedRoutineNoLongerBlocksTheBrukare() {
    String personnummer = TestPersonnummer.of(databaseSerial() + 50);
    Reply first = start(personnummer);
    assertThat(first.code()).as(first.json().toString()).isEqualTo(200);
    assertThat(start(personnummer).message()).isEqualTo(REFUSED);

    Reply deleted = driver().rest().delete(admin(), "/engine-rest/process-instance/" + first.json().path("id").asText()
        + "?skipCustomListeners=true");
    assertThat(deleted.code()).isEqualTo(204);

    Reply again = start(personnummer);
    assertThat(again.code()).as(again.json().toString()).isEqualTo(200);
  }

  /** The brukare and the household are in the registry already, as after an earlier order. */
  private void registeredByAnEarlierRoutine(String personnummer) {
    Reply earlier = start(personnummer);
    assertThat(earlier.code()).as(earlier.json().toString()).isEqualTo(200);
    assertThat(driver().rest().delete(admin(), "/engine-rest/process-instance/" + earlier.json().path("id").asText())
        .code()).isEqualTo(204);
  }

  /** Each database gets its own brukare, so the H2 and the PostgreSQL run never meet. */
  int databaseSerial();

  private List<Reply> startInParallel(String personnummer) throws Exception {
    ExecutorService starters = Executors.newFixedThreadPool(PARALLEL_STARTS);
    CountDownLatch ready = new CountDownLatch(PARALLEL_STARTS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Reply>> started = new ArrayList<>();
      for (int i = 0; i < PARALLEL_STARTS; i++) {
        started.add(starters.submit(() -> {
          ready.countDown();
          go.await();
          return start(personnummer);
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> reply : started) {
        replies.add(reply.get(120, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      starters.shutdownNow();
    }
  }

  private long runningFor(String personnummer) {
    return driver().runningInstances(MonteringBistandsbedomd.PROCESS_ID, personnummer);
  }

  private Reply start(String personnummer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable("Kapplöpning " + personnummer.substring(8), "String"));
    variables.put(ADRESS.name(), variable("Kapplöpningsgatan " + personnummer.substring(8), "String"));
    variables.put(POSTNUMMER.name(), variable("123 49", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID, variables);
  }
}
