package se.digitalalas.bench.cluster;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import se.digitalalas.DigitalaLasApplication;
import se.digitalalas.bench.BenchDatabase;
import se.digitalalas.bench.Pause;
import se.digitalalas.bench.TargetJvm;
import se.digitalalas.testsupport.AdministratorCreatedStaff;
import se.digitalalas.testsupport.DueReminders;
import se.digitalalas.testsupport.DueReminders.Outcome;
import se.digitalalas.testsupport.KillWhileLocked;

/**
 * The job executor in a cluster (README, "Two or more nodes"): the service twice, two JVMs on
 * one embedded PostgreSQL database, and bench.cluster.timers due deadline reminders of
 * las-nedmontering fired by one node and then by two (bench.cluster.rounds times, alternating),
 * then bench.cluster.kill-timers (default as many) once more by two with one of them killed
 * (kill -9) while it holds some. Each run checks
 * that every reminder fired exactly once and none is left. Run on demand only:
 * {@code mvn -B -o -Pbenchmark test-compile exec:exec -Dbench.main=se.digitalalas.bench.cluster.TimerCluster}.
 */
public final class TimerCluster {

  private static final Path OUTPUT = Path.of("target", "benchmark");
  private static final Duration POLL = Duration.ofMillis(250);

  private final String jdbcUrl;
  private final Duration lockTime;
  private final List<String> nodeArguments;

  private TimerCluster(String jdbcUrl, Duration lockTime, List<String> nodeArguments) {
    this.jdbcUrl = jdbcUrl;
    this.lockTime = lockTime;
    this.nodeArguments = nodeArguments;
  }

  public static void main(String[] args) throws IOException {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    int timers = Integer.getInteger("bench.cluster.timers", 50_000);
    int warmup = Integer.getInteger("bench.cluster.warmup", 2_000);
    int rounds = Integer.getInteger("bench.cluster.rounds", 1);
    int killTimers = Integer.getInteger("bench.cluster.kill-timers", timers);
    Duration lockTime = Duration.ofMillis(Long.getLong("bench.cluster.lock-millis", 30_000));
    List<String> extra = Arrays.stream(System.getProperty("bench.cluster.node-args", "").split("\\s+"))
        .filter(argument -> !argument.isBlank()).toList();
    Files.createDirectories(OUTPUT);
    double loadBefore = loadAverage();
    log("timers " + timers + " per run (" + killTimers + " in the run with a kill), warm-up " + warmup + ", rounds " + rounds + ", lock time " + lockTime
        + ", node arguments " + extra);
    List<String> rows = new ArrayList<>();
    try (BenchDatabase database = BenchDatabase.start()) {
      TimerCluster cluster = new TimerCluster(database.create("cluster"), lockTime, extra);
      // the first node alone: schema, registry migrations, models
      TargetJvm first = cluster.node("node-a");
      TargetJvm second = null;
      try (DueReminders reminders = DueReminders.on(cluster.jdbcUrl, BenchDatabase.USER, BenchDatabase.PASSWORD)) {
        cluster.run(reminders, "warmupa", warmup, 1, null);
        for (int round = 1; round <= rounds; round++) {
          if (second != null) {
            second.close();
            second = null;
          }
          rows.add(cluster.run(reminders, "one" + round, timers, 1, null));
          second = cluster.node("node-b");
          cluster.run(reminders, "warmupb" + round, warmup, 2, null);
          rows.add(cluster.run(reminders, "two" + round, timers, 2, null));
        }
        rows.add(cluster.run(reminders, "killed", killTimers, 2, second));
        second = null;
      } finally {
        first.close();
        if (second != null) {
          second.close();
        }
      }
      String machine = String.format(Locale.ROOT,
          "Run %s on %d cores, load average %.1f before and %.1f after; Java %s; PostgreSQL %s (embedded,"
              + " synchronous_commit on); node JVM options %s; lock time %s; node arguments %s.",
          OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
          loadBefore, loadAverage(), System.getProperty("java.version"), database.version(), TargetJvm.JVM_OPTIONS,
          lockTime, extra);
      String table = "| run | nodes | timers | seeding | fired in | timers/s | executed per node (failed) | exactly once |\n"
          + "|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n" + machine + "\n";
      Files.writeString(OUTPUT.resolve("cluster.md"), table);
      System.out.println();
      System.out.println(table);
    }
  }

  private TargetJvm node(String name) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres",
        // the job log names the node that executed each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis(),
        // an idle node asks for due jobs at least every second (Camunda's default backs off to a
        // minute), so that a run's start is not an idle node's sleep
        "--camunda.bpm.job-execution.max-wait=1000"));
    arguments.addAll(nodeArguments);
    log("starting " + name);
    TargetJvm node = TargetJvm.start(DigitalaLasApplication.class, TimerCluster.class, arguments, Map.of(
        "DIGITALALAS_DB_URL", jdbcUrl,
        "DIGITALALAS_DB_USER", BenchDatabase.USER,
        "DIGITALALAS_DB_PASSWORD", BenchDatabase.PASSWORD,
        "DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER,
        "DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD), OUTPUT.resolve("cluster-" + name + ".log"));
    log(name + " UP on port " + node.port());
    return node;
  }

  /** Seeds, releases and waits until every reminder has fired; kills {@code victim} on the way if given. */
  private String run(DueReminders reminders, String run, int timers, int nodes, TargetJvm victim) {
    long seedStart = System.nanoTime();
    reminders.seed(run, timers);
    double seeding = seconds(seedStart);
    log(run + ": seeded " + timers + " in " + format(seeding) + " s");
    long start = System.nanoTime();
    reminders.release();
    String killed = "";
    if (victim != null) {
      Duration deadline = Duration.ofMinutes(10);
      long third = timers * 2L / 3;
      while (reminders.jobsLeft() > third && seconds(start) < deadline.toSeconds()) {
        Pause.sleep(POLL);
      }
      int held = KillWhileLocked.kill(reminders, victim.pid(), victim::kill, Duration.ofMinutes(2));
      killed = String.format(Locale.ROOT, ", node-b killed after %s s holding %d", format(seconds(start)), held);
      log(run + killed.substring(1));
    }
    long lastReport = System.nanoTime();
    long left;
    while ((left = reminders.jobsLeft()) > 0) {
      if (seconds(lastReport) >= 10) {
        log(String.format(Locale.ROOT, "%s: %d left after %s s", run, left, format(seconds(start))));
        lastReport = System.nanoTime();
      }
      Pause.sleep(POLL);
    }
    double fired = seconds(start);
    Outcome outcome = reminders.outcome(run);
    Map<String, long[]> byNode = reminders.executionsByNode(run);
    String perNode = byNode.entrySet().stream()
        .map(node -> node.getKey() + " " + node.getValue()[0] + " (" + node.getValue()[1] + ")")
        .collect(Collectors.joining(", "));
    log(run + ": fired in " + format(fired) + " s; " + outcome + "; " + perNode);
    if (!outcome.exactlyOnce() || outcome.instances() != timers) {
      throw new IllegalStateException(run + ": not every reminder fired exactly once: " + outcome);
    }
    return String.format(Locale.ROOT, "| %s%s | %d | %d | %s s | %s s | %.0f | %s | %s |", run, killed, nodes, timers,
        format(seeding), format(fired), timers / fired, perNode, "yes: " + outcome);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void log(String line) {
    System.out.println("[cluster] " + line);
  }
}
