package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.digitalalas.ops.CrashRoutine.Step;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceProcess;

/**
 * The bounded fault test: N routines moved to different tasks, the service JVM killed hard
 * (SIGKILL) right after an acknowledgement, restarted on the same database, a few times;
 * every step it acknowledged is there, a completion in flight at the kill is all there or not at
 * all, and every routine then walks to EndEvent_LasInstallerat. The subclasses choose the
 * database.
 */
abstract class CrashSafety {

  private static final Logger LOG = LoggerFactory.getLogger(CrashSafety.class);
  private static final int ROUTINES = 8;
  private static final int KILLS = 3;
  private static final int CONCURRENT_AT_THE_KILL = 3;
  private static final int CONNECTION_LOST = -1;

  @TempDir
  Path workingDirectory;

  private ServiceProcess service;
  private RoutineDriver driver;
  private final List<Acknowledged> acknowledged = new ArrayList<>();
  private int kills;
  private int checkedAfterAKill;
  private int inFlightLanded;
  private int inFlightLost;

  /** Starts the service on this test's database, the same one at every call. */
  abstract ServiceProcess startService(Path workingDirectory);

  abstract Function<StaffGroup, Credentials> staff();

  abstract Credentials admin();

  /** What the profile needs once, on the first start (staff accounts). */
  void firstStart(EngineRestClient rest) {
  }

  /** What makes the service JVM fast enough for a bounded test; the database stays the service's own. */
  static List<String> testSettings() {
    return List.of(
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        // a job locked by the killed JVM is taken up again after this (Camunda's default: 5 minutes)
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--logging.level.root=WARN");
  }

  @AfterEach
  void neverLeaveTheServiceBehind() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void everyAcknowledgedStepSurvivesAHardKillAndEveryRoutineFinishes() {
    Instant began = Instant.now();
    List<CrashRoutine> routines = IntStream.range(0, ROUTINES).mapToObj(CrashRoutine::new).toList();
    start();
    firstStart(driver.rest());
    for (CrashRoutine routine : routines) {
      Reply started = driver.start(staff().apply(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID,
          routine.startVariables());
      assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
      routine.processInstanceId = started.json().path("id").asText();
    }

    for (int kill = 1; kill <= KILLS; kill++) {
      for (CrashRoutine routine : routines) {
        // first round: case i is i steps in, so the cases wait at different tasks
        int steps = kill == 1 ? routine.number % 6 : 2;
        for (int i = 0; i < steps && !routine.finished(); i++) {
          advance(routine);
        }
      }
      List<CrashRoutine> inFlight = killAtTheFirstOfConcurrentCompletions(routines);

      start();
      assertEveryAcknowledgedStepIsThere(routines);
      inFlight.forEach(this::assertTheInFlightCompletionIsWholeOrAbsent);
    }

    for (CrashRoutine routine : routines) {
      while (!routine.finished()) {
        advance(routine);
      }
      driver.assertEndedAt(routine.processInstanceId, MonteringBistandsbedomd.END_EVENT_LAS_INSTALLERAT);
    }
    assertThat(driver.runningInstances(MonteringBistandsbedomd.PROCESS_ID)).isZero();
    assertThat(driver.rest().get(admin(), "/engine-rest/incident/count").json().path("count").asLong()).isZero();
    LOG.info("Crash test: {} kills, {} starts and {} acknowledged completions checked after a kill, none lost;"
        + " in flight at a kill: {} landed whole, {} absent; {} s", kills, ROUTINES, checkedAfterAKill, inFlightLanded,
        inFlightLost,
        Duration.between(began, Instant.now()).toSeconds());
  }

  private void start() {
    service = startService(workingDirectory);
    driver = new RoutineDriver(new EngineRestClient(service.port()), staff(), admin());
  }

  private void advance(CrashRoutine routine) {
    Step step = routine.next();
    JsonNode task = task(routine, step);
    driver.claimAndComplete(step.group, task, routine.answers(step));
    acknowledged.add(new Acknowledged(routine, step, task.path("id").asText(), staff().apply(step.group).userId()));
    routine.completed(step);
  }

  private JsonNode task(CrashRoutine routine, Step step) {
    JsonNode task = driver.task(step.group, routine.personnummer, step.taskKey);
    if (step == Step.INSTALLERA_LAS) {
      // the booked time survived: it is the installation's due date
      assertThat(OffsetDateTime.parse(task.path("due").asText(), RoutineDriver.REST_DATE).toInstant())
          .isEqualTo(OffsetDateTime.parse(CrashRoutine.BOOKED_TIME, RoutineDriver.REST_DATE).toInstant());
    }
    return task;
  }

  /**
   * Completions for a few cases go out at once; the JVM is killed as soon as the first is
   * acknowledged. Each answered 204 is acknowledged; the others were in flight at the kill.
   */
  private List<CrashRoutine> killAtTheFirstOfConcurrentCompletions(List<CrashRoutine> routines) {
    List<CrashRoutine> racing = routines.stream()
        .filter(routine -> !routine.finished() && routine.writesTheRegistry(routine.next()))
        .limit(CONCURRENT_AT_THE_KILL).toList();
    List<JsonNode> tasks = new ArrayList<>();
    for (CrashRoutine routine : racing) {
      JsonNode task = task(routine, routine.next());
      driver.claim(routine.next().group, task);
      tasks.add(task);
    }
    RoutineDriver dying = driver;
    List<CompletableFuture<Integer>> replies = IntStream.range(0, racing.size())
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
          CrashRoutine routine = racing.get(i);
          try {
            return dying.complete(staff().apply(routine.next().group), tasks.get(i), routine.answers(routine.next())).code();
          } catch (RuntimeException connectionLost) {
            return CONNECTION_LOST;
          }
        }))
        .toList();
    CompletableFuture.anyOf(replies.toArray(CompletableFuture[]::new)).join();
    service.killHard();

    List<CrashRoutine> inFlight = new ArrayList<>();
    for (int i = 0; i < racing.size(); i++) {
      CrashRoutine routine = racing.get(i);
      int code = replies.get(i).join();
      assertThat(code).as("answer to %s of case %d", routine.next(), routine.number).isIn(204, CONNECTION_LOST);
      if (code == 204) {
        Step step = routine.next();
        acknowledged.add(new Acknowledged(routine, step, tasks.get(i).path("id").asText(), staff().apply(step.group).userId()));
        routine.completed(step);
      } else {
        inFlight.add(routine);
      }
    }
    LOG.info("Killed the service JVM {} right after acknowledgement {}; {} completions were in flight",
        service.pid(), acknowledged.size(), inFlight.size());
    kills++;
    service = null;
    return inFlight;
  }

  private void assertEveryAcknowledgedStepIsThere(List<CrashRoutine> routines) {
    for (CrashRoutine routine : routines) {
      Reply instance = driver.rest().get(admin(), "/engine-rest/history/process-instance/" + routine.processInstanceId);
      assertThat(instance.code()).as("the acknowledged start of case %d", routine.number).isEqualTo(200);
    }
    List<String> lost = new ArrayList<>();
    for (Acknowledged step : acknowledged) {
      JsonNode history = driver.rest().get(admin(), "/engine-rest/history/task?taskId=" + step.taskId()).json();
      boolean completed = history.size() == 1
          && "completed".equals(history.get(0).path("deleteReason").asText())
          && step.userId().equals(history.get(0).path("assignee").asText());
      boolean inRegistry = step.routine().registryShows(step.step(), driver.registry(step.routine().personnummer));
      if (!completed || !inRegistry) {
        lost.add("case " + step.routine().number + " " + step.step() + " (task " + (completed ? "completed" : "not completed")
            + (step.routine().writesTheRegistry(step.step()) ? ", registry " + (inRegistry ? "written" : "not written") : "")
            + ")");
      }
    }
    assertThat(lost).as("acknowledged steps lost after a hard kill (of %d)", acknowledged.size()).isEmpty();
    checkedAfterAKill = acknowledged.size();
  }

  /** A completion the service never answered is either wholly there or not at all. */
  private void assertTheInFlightCompletionIsWholeOrAbsent(CrashRoutine probe) {
    Step step = probe.next();
    long open = driver.tasks(staff().apply(step.group), probe.personnummer, step.taskKey).size();
    boolean inRegistry = probe.registryShows(step, driver.registry(probe.personnummer));
    if (open == 1) {
      assertThat(inRegistry).as("%s of case %d is still open, so the registry has nothing of it", step, probe.number)
          .isFalse();
      inFlightLost++;
    } else {
      assertThat(inRegistry).as("%s of case %d is completed, so the registry has it", step, probe.number).isTrue();
      probe.completed(step);
      inFlightLanded++;
    }
  }

  private record Acknowledged(CrashRoutine routine, Step step, String taskId, String userId) {
  }
}
