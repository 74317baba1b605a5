package se.digitalalas.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.digitalalas.testsupport.EngineRestClient;

/**
 * A target of the benchmark in a JVM of its own, started with the same JVM options for both
 * targets from this JVM's class path minus what the target must not see, on a free port; started
 * when its health is UP.
 */
public final class TargetJvm implements AutoCloseable {

  /** The same for both targets. */
  public static final List<String> JVM_OPTIONS = List.of("-Xms768m", "-Xmx768m");
  private static final Duration START_UP = Duration.ofMinutes(4);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread reaper;

  private TargetJvm(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.reaper = new Thread(process::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts the main class with the class path but the entries that hold {@code hidden} (this
   * project's main or test classes), its output in the log file.
   */
  public static TargetJvm start(Class<?> mainClass, Class<?> hidden, List<String> arguments, Map<String, String> environment,
      Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-cp", classPathWithout(hidden), mainClass.getName(), "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      TargetJvm jvm = new TargetJvm(builder.start(), port, log);
      jvm.awaitHealthy();
      return jvm;
    } catch (IOException e) {
      throw new UncheckedIOException(mainClass.getSimpleName() + " did not start", e);
    }
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** The JVM's CPU time so far, user and system, all threads (what /proc/<pid>/stat says). */
  public Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("no CPU time for process " + process.pid()));
  }

  /** kill -9: no shutdown hook, nothing released; returns when the process is gone. */
  public void kill() {
    process.destroyForcibly();
    close();
  }

  private void awaitHealthy() {
    EngineRestClient rest = new EngineRestClient(port);
    Instant deadline = Instant.now().plus(START_UP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The JVM exited during start-up, see " + log);
      }
      try {
        if ("UP".equals(rest.get(null, "/actuator/health").json().path("status").asText())) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Pause.sleep(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException("Not UP after " + START_UP + ", see " + log);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static String classPathWithout(Class<?> hidden) {
    Path hiddenEntry;
    try {
      hiddenEntry = Paths.get(hidden.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Paths.get(entry).toAbsolutePath().equals(hiddenEntry.toAbsolutePath()))
        .toList());
  }

  /** A port no one listens on now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
