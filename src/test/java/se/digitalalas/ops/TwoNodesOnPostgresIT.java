package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.digitalalas.testsupport.AdministratorCreatedStaff;
import se.digitalalas.testsupport.DueReminders;
import se.digitalalas.testsupport.DueReminders.Outcome;
import se.digitalalas.testsupport.EmbeddedPostgresDatabases;
import se.digitalalas.testsupport.KillWhileLocked;
import se.digitalalas.testsupport.ServiceProcess;

/**
 * Two service JVMs on one PostgreSQL database (the postgres profile as in production), a few
 * hundred due deadline reminders, one node killed (kill -9) while it holds some of them: every
 * reminder fires exactly once, the dead node's once its locks have expired. PostgreSQL only: H2
 * is no cluster database (an embedded file one JVM opens at a time).
 */
class TwoNodesOnPostgresIT {

  private static final Logger LOG = LoggerFactory.getLogger(TwoNodesOnPostgresIT.class);
  private static final int REMINDERS = 400;
  /** Short for the test; README, "Two or more nodes", says what production uses and why. */
  private static final Duration LOCK_TIME = Duration.ofSeconds(5);

  @TempDir
  Path workingDirectory;

  private final List<ServiceProcess> nodes = new ArrayList<>();

  @AfterEach
  void neverLeaveANodeBehind() {
    nodes.forEach(ServiceProcess::close);
  }

  @Test
  void everyReminderFiresExactlyOnceThoughANodeIsKilledHoldingSome() {
    String jdbcUrl = EmbeddedPostgresDatabases.create("two_nodes_" + ProcessHandle.current().pid());
    // the first alone: it creates the schema, migrates the registry and deploys the models
    start(jdbcUrl, "node-1");
    ServiceProcess second = start(jdbcUrl, "node-2");
    try (DueReminders reminders = DueReminders.on(jdbcUrl, EmbeddedPostgresDatabases.USER,
        EmbeddedPostgresDatabases.PASSWORD)) {
      reminders.seed("it", REMINDERS);
      assertThat(reminders.outcome("it").neverFired()).as("none fires while suspended").isEqualTo(REMINDERS);

      reminders.release();
      // mid-run: both nodes have fired some
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
          .until(() -> reminders.executionsByNode("it").keySet(), nodes -> nodes.contains("node-2"));
      assertThat(reminders.jobsLeft()).as("reminders left when node-2 is killed").isPositive();
      int held = KillWhileLocked.kill(reminders, second.pid(), second::killHard, Duration.ofSeconds(60));
      assertThat(held).as("reminder jobs the killed node held").isPositive();

      await().atMost(LOCK_TIME.plus(Duration.ofSeconds(60))).pollInterval(Duration.ofMillis(200))
          .until(reminders::jobsLeft, left -> left == 0);
      Outcome outcome = reminders.outcome("it");
      LOG.info("Two nodes, {} reminders, one node killed holding {}: {}; executed per node {}", REMINDERS, held,
          outcome, reminders.executionsByNode("it").entrySet().stream()
              .map(node -> node.getKey() + " " + node.getValue()[0] + " (" + node.getValue()[1] + " failed)").toList());
      assertThat(outcome.instances()).isEqualTo(REMINDERS);
      assertThat(outcome.firedOnce()).as("fired exactly once: " + outcome).isEqualTo(REMINDERS);
      assertThat(outcome.oneReminderTask()).as("one reminder task each: " + outcome).isEqualTo(REMINDERS);
      assertThat(outcome.incidents()).isZero();
      assertThat(outcome.exactlyOnce()).isTrue();
      Map<String, long[]> byNode = reminders.executionsByNode("it");
      assertThat(byNode).containsOnlyKeys("node-1", "node-2");
      assertThat(byNode.values().stream().mapToLong(executed -> executed[0]).sum())
          .as("successful executions in the job log").isEqualTo(REMINDERS);
      assertThat(byNode.values()).as("failed executions").allSatisfy(executed -> assertThat(executed[1]).isZero());
    }
  }

  private ServiceProcess start(String jdbcUrl, String name) {
    ServiceProcess node = ServiceProcess.start(workingDirectory, List.of(
        "--spring.profiles.active=postgres",
        // the job log names the node that executed each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--logging.level.root=WARN"), Map.of(
        "DIGITALALAS_DB_URL", jdbcUrl,
        "DIGITALALAS_DB_USER", EmbeddedPostgresDatabases.USER,
        "DIGITALALAS_DB_PASSWORD", EmbeddedPostgresDatabases.PASSWORD,
        "DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER,
        "DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD));
    nodes.add(node);
    return node;
  }
}
