package se.digitalalas.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import se.digitalalas.testsupport.TestMailServer;

/**
 * The benchmark (README, "Performance"): the service and the bare engine on one embedded
 * PostgreSQL, each scenario warmed up on both and then measured in batches that alternate
 * between them, for each number of clients; the table is printed and written to
 * target/benchmark/result.md. Run on demand only, with {@code mvn -B -o -Pbenchmark
 * test-compile exec:exec}.
 */
public final class Benchmark {

  private static final Path OUTPUT = Path.of("target", "benchmark");

  private Benchmark() {
  }

  /** The scenarios of a run, in order. */
  static List<Scenario> scenarios(BenchSettings settings) {
    return List.of(new FullRoutine1(settings.pollInterval()));
  }

  public static void main(String[] args) throws IOException {
    quietLibraries();
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Files.createDirectories(OUTPUT);
    double loadBefore = loadAverage();
    log("settings: " + settings.describe());
    try (BenchDatabase database = BenchDatabase.start(); Targets targets = Targets.start(database, OUTPUT)) {
      log("both targets UP (logs in " + OUTPUT + ")");
      // each target numbers its operations across all scenarios: no two create the same brukare
      Map<Target, AtomicInteger> numbers = new HashMap<>();
      targets.both().forEach(target -> numbers.put(target, new AtomicInteger()));
      List<ScenarioResult> results = new ArrayList<>();
      for (Scenario scenario : scenarios(settings)) {
        results.add(measure(scenario, settings, database, targets, numbers));
      }
      String machine = String.format(Locale.ROOT,
          "Run %s on %d cores, load average %.1f before and %.1f after; Java %s; PostgreSQL %s (embedded,"
              + " synchronous_commit on); Camunda %s (service) and %s (bare engine); JVM options of both targets %s.",
          OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
          loadBefore, loadAverage(), System.getProperty("java.version"), database.version(),
          Targets.engineVersion(targets.service()), Targets.engineVersion(targets.bare()), TargetJvm.JVM_OPTIONS);
      String table = ResultTable.of(results, targets, settings, machine);
      Files.writeString(OUTPUT.resolve("result.md"), table);
      if (settings.statements() > 0) {
        Files.writeString(OUTPUT.resolve("statements.md"), StatementTable.of(results, targets, settings.statements()));
        log("statements per target in " + OUTPUT.resolve("statements.md"));
      }
      System.out.println();
      System.out.println(table);
    } finally {
      TestMailServer.stop();
    }
  }

  private static ScenarioResult measure(Scenario scenario, BenchSettings settings, BenchDatabase database,
      Targets targets, Map<Target, AtomicInteger> numbers) {
    ScenarioResult result = new ScenarioResult(scenario);
    targets.both().forEach(scenario::prepare);
    int warmupPerClient = (settings.warmup() + settings.mostClients() - 1) / settings.mostClients();
    for (Target target : targets.both()) {
      Batch.Result warmup = new Batch(scenario, target, numbers.get(target)).run(settings.mostClients(), warmupPerClient);
      log(scenario.name() + ", " + target.name() + ": warm-up " + summary(warmup));
    }
    Pause.sleep(BenchDatabase.REPORTING_DELAY);
    Map<Target, DatabaseCounters> before = new HashMap<>();
    targets.both().forEach(target -> before.put(target, database.counters(target.database())));
    Map<Target, StatementCalls> statementsBefore = new HashMap<>();
    if (settings.statements() > 0) {
      targets.both().forEach(target -> statementsBefore.put(target, database.statementCalls(target.database())));
    }
    Map<Target, Duration> cpuBefore = new HashMap<>();
    targets.both().forEach(target -> cpuBefore.put(target, targets.cpuTime(target)));
    for (int clients : settings.clients()) {
      for (int round = 1; round <= settings.rounds(); round++) {
        for (Target target : targets.both()) {
          Batch.Result batch = new Batch(scenario, target, numbers.get(target)).run(clients, settings.batch());
          result.add(target, clients, batch);
          log(scenario.name() + ", " + target.name() + ", " + clients + (clients == 1 ? " client" : " clients")
              + ", round " + round + "/"
              + settings.rounds() + ": " + summary(batch));
        }
      }
    }
    targets.both().forEach(target -> result.usedCpu(target, targets.cpuTime(target).minus(cpuBefore.get(target))));
    Pause.sleep(BenchDatabase.REPORTING_DELAY);
    targets.both().forEach(target ->
        result.counted(target, database.counters(target.database()).since(before.get(target))));
    statementsBefore.forEach((target, calls) ->
        result.counted(target, database.statementCalls(target.database()).since(calls)));
    return result;
  }

  private static String summary(Batch.Result batch) {
    return String.format(Locale.ROOT, "%d in %.1f s", batch.durations().size(), batch.wall() / 1e9);
  }

  /** The embedded server and the SMTP server log every line at INFO in this JVM: warnings only. */
  private static void quietLibraries() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void log(String line) {
    System.out.println("[benchmark] " + line);
  }
}
