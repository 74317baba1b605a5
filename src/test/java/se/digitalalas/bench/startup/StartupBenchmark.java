package se.digitalalas.bench.startup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import se.digitalalas.bench.BenchDatabase;
import se.digitalalas.bench.TargetJvm;

/**
 * Start-up time and memory of the service against a bare Spring Boot app with Camunda's webapp and
 * REST starters (README, "Start-up and memory"): in each round both start on an empty database of
 * their own on one embedded PostgreSQL, then both restart on it, in turns, the order flipped every
 * round. Run on demand: {@code mvn -B -o -Pbenchmark test-compile exec:exec
 * -Dbench.main=se.digitalalas.bench.startup.StartupBenchmark}; the table goes to
 * target/benchmark/startup.md.
 */
public final class StartupBenchmark {

  private static final Path OUTPUT = Path.of("target", "benchmark", "startup");

  private StartupBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    int rounds = Integer.getInteger("bench.startup.rounds", 3);
    Duration idle = Duration.ofSeconds(Integer.getInteger("bench.startup.idle-seconds", 10));
    List<String> jvmOptions = jvmOptions();
    Files.createDirectories(OUTPUT);
    ClassPaths classPaths = new ClassPaths(OUTPUT);
    List<StartupTarget> targets = List.of(
        StartupTarget.service(classPaths.service()), StartupTarget.bareStarter(classPaths.bareStarter()));
    log(rounds + " rounds, " + idle.toSeconds() + " s idle; JVM options " + jvmOptions);
    double loadBefore = loadAverage();
    StartupResults results = new StartupResults(targets);
    StartupLaunch launch = new StartupLaunch(jvmOptions, idle);
    String postgres;
    try (BenchDatabase database = BenchDatabase.start()) {
      postgres = database.version();
      for (int round = 1; round <= rounds; round++) {
        List<StartupTarget> order = round % 2 == 1 ? targets : List.of(targets.get(1), targets.get(0));
        Map<StartupTarget, String> databases = new HashMap<>();
        for (StartupTarget target : order) {
          databases.put(target, database.create(databaseName(target, round)));
          results.add(target, StartupKind.FIRST_START, measure(launch, target, databases.get(target), round,
              StartupKind.FIRST_START));
        }
        for (StartupTarget target : order) {
          results.add(target, StartupKind.RESTART, measure(launch, target, databases.get(target), round,
              StartupKind.RESTART));
        }
      }
    }
    String machine = String.format(Locale.ROOT,
        "Run %s on %d cores, load average %.1f before and %.1f after; Java %s; PostgreSQL %s (embedded);"
            + " JVM options of both %s; %d rounds, %d s idle.",
        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAverage(), System.getProperty("java.version"), postgres, jvmOptions, rounds,
        idle.toSeconds());
    String table = results.table() + "\n" + machine + "\n";
    Files.writeString(OUTPUT.resolve("startup.md"), table);
    System.out.println();
    System.out.println(table);
  }

  /** The benchmark's (the same for both targets), unless -Dbench.startup.jvm-options names others. */
  private static List<String> jvmOptions() {
    String given = System.getProperty("bench.startup.jvm-options", "").trim();
    return given.isEmpty() ? TargetJvm.JVM_OPTIONS : List.of(given.split("\\s+"));
  }

  private static StartupFigures measure(StartupLaunch launch, StartupTarget target, String url, int round,
      StartupKind kind) {
    Path log = OUTPUT.resolve(databaseName(target, round) + "-" + kind.name().toLowerCase(Locale.ROOT) + ".log");
    StartupFigures figures = launch.run(target, url, log);
    log(String.format(Locale.ROOT, "round %d, %s, %s: started %.2f s, ready %.2f s, CPU %.1f s, RSS %d / %d / %d MB,"
            + " heap used %d MB, %d classes (load %.1f)", round, target.name(), kind.description(), figures.started(),
        figures.ready(), figures.cpu(), figures.rssReadyKb() / 1024, figures.rssIdleKb() / 1024, figures.rssServedKb() / 1024,
        figures.heapUsedKb() / 1024, figures.classes(), loadAverage()));
    return figures;
  }

  private static String databaseName(StartupTarget target, int round) {
    return target.name().replaceAll("[^a-z]", "_") + "_" + round;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void log(String line) {
    System.out.println("[startup] " + line);
  }
}
