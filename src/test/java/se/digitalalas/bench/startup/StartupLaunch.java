package se.digitalalas.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.digitalalas.bench.Pause;
import se.digitalalas.bench.TargetJvm;
import se.digitalalas.testsupport.AdministratorCreatedStaff;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.web.gate.TasklistSession;

/**
 * Starts a target in a JVM of its own on a database, waits until it is ready, takes its figures
 * (the CPU time it used to get there; its resident set once ready, after the idle time and after
 * a sign-in to Tasklist and two task queries) and stops it again.
 */
final class StartupLaunch {

  /** Generous: on this machine shared with other builds a start was seen taking almost 4 minutes. */
  private static final Duration START_UP = Duration.ofMinutes(10);
  private static final Pattern STARTED = Pattern.compile(
      "Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
  /** Spring Boot's ApplicationAvailabilityBean says so at DEBUG once the runners are done. */
  private static final String READINESS_LOGGER = "org.springframework.boot.availability";
  private static final Pattern READY = Pattern.compile(
      "^(\\S+) .*ReadinessState.*ACCEPTING_TRAFFIC", Pattern.MULTILINE);

  private final List<String> jvmOptions;
  private final Duration idle;

  StartupLaunch(List<String> jvmOptions, Duration idle) {
    this.jvmOptions = jvmOptions;
    this.idle = idle;
  }

  StartupFigures run(StartupTarget target, String databaseUrl, Path log) {
    int port = TargetJvm.freePort();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", target.classPath(), target.mainClass(), "--server.port=" + port,
        "--logging.level." + READINESS_LOGGER + "=DEBUG"));
    command.addAll(target.configuration().arguments(databaseUrl));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(target.configuration().environment(databaseUrl));
    Process process;
    Instant spawned = Instant.now();
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(target.name() + " did not start", e);
    }
    Thread reaper = new Thread(process::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(reaper);
    try {
      Instant ready = awaitReady(process, log);
      double cpu = ProcessStatus.cpuSeconds(process.pid());
      long rssReady = ProcessStatus.rssKb(process.pid());
      Pause.sleep(idle);
      long rssIdle = ProcessStatus.rssKb(process.pid());
      serve(port);
      long rssServed = ProcessStatus.rssKb(process.pid());
      String text = Files.readString(log);
      double started = Double.parseDouble(find(STARTED, text)
          .orElseThrow(() -> new IllegalStateException("No \"Started\" line in " + log)));
      JvmCounters counters = JvmCounters.of(process.pid());
      return new StartupFigures(started, Duration.between(spawned, ready).toMillis() / 1000.0, cpu,
          rssReady, rssIdle, rssServed, counters.heapUsedKb(), counters.classes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      stop(process);
      Runtime.getRuntime().removeShutdownHook(reaper);
    }
  }

  private static Instant awaitReady(Process process, Path log) throws IOException {
    Instant deadline = Instant.now().plus(START_UP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The JVM exited during start-up, see " + log);
      }
      Optional<String> ready = find(READY, Files.readString(log));
      if (ready.isPresent()) {
        return OffsetDateTime.parse(ready.get()).toInstant();
      }
      Pause.sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException("Not ready after " + START_UP + ", see " + log);
  }

  /** What a user's first minute asks: Tasklist's sign-in and its task query, a task query over REST. */
  private static void serve(int port) {
    TasklistSession tasklist = TasklistSession.login(port, AdministratorCreatedStaff.ADMIN_USER,
        AdministratorCreatedStaff.ADMIN_PASSWORD);
    expectOk("Tasklist's task query", tasklist.get("/camunda/api/engine/engine/default/task?maxResults=15").code());
    expectOk("REST's task query", new EngineRestClient(port)
        .get(AdministratorCreatedStaff.ADMIN, "/engine-rest/task?maxResults=15").code());
  }

  private static void expectOk(String what, int code) {
    if (code != 200) {
      throw new IllegalStateException(what + " answered " + code);
    }
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
