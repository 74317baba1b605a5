package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import se.digitalalas.DigitalaLasApplication;

/**
 * The service in a JVM of its own, started from the test JVM's class path (without the test
 * classes, whose configurations would otherwise be scanned in), so that a test can kill it as
 * an operating system would: {@link #killHard()} is SIGKILL on Linux, no shutdown hook runs.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Duration START_UP = Duration.ofMinutes(2);
  private static final String SUREFIRE_BOOTER = "org.apache.maven.surefire.booter.ForkedBooter";

  private final Process process;
  private final int port;
  private final Path log;
  /** Should the test JVM end before the test does, the service JVM goes with it. */
  private final Thread reaper;

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.reaper = new Thread(process::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts the service in {@code workingDirectory} (where relative paths such as the default
   * profile's {@code ./data} resolve) on a free port, and waits until its health is UP.
   */
  public static ServiceProcess start(Path workingDirectory, List<String> arguments, Map<String, String> environment) {
    int port = freePort();
    Path log = workingDirectory.resolve("service-" + port + ".log");
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", serviceClassPath(),
        DigitalaLasApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("The service JVM did not start", e);
    }
    ServiceProcess service = new ServiceProcess(process, port, log);
    try {
      service.awaitHealthy();
    } catch (RuntimeException | AssertionError notHealthy) {
      service.close();
      throw notHealthy;
    }
    return service;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** SIGKILL, then waits until the process is gone and the operating system no longer lists it. */
  public void killHard() {
    process.destroyForcibly();
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the service JVM is gone after SIGKILL").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    assertThat(process.exitValue()).as("exit value of a SIGKILLed JVM (128 + 9)").isEqualTo(137);
    assertThat(listedByPs(process.pid())).as("ps -p " + process.pid()).isFalse();
    close();
  }

  /** Never leaves the JVM behind, whatever happened to the test. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void awaitHealthy() {
    EngineRestClient rest = new EngineRestClient(port);
    await().atMost(START_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
        .failFast("the service JVM exited during start-up, see " + log, () -> !process.isAlive())
        .until(() -> rest.get(null, "/actuator/health").json().path("status").asText(), "UP"::equals);
  }

  private static boolean listedByPs(long pid) {
    try {
      Process ps = new ProcessBuilder("ps", "-p", Long.toString(pid)).redirectErrorStream(true).start();
      ps.getInputStream().readAllBytes();
      return ps.waitFor() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The test JVM's class path, with a manifest-only booter jar (surefire, failsafe) unfolded,
   * minus the test classes.
   */
  private static String serviceClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.addAll(unfold(Paths.get(entry)));
    }
    return String.join(File.pathSeparator, entries.stream()
        .filter(entry -> !Paths.get(entry).endsWith("test-classes"))
        .toList());
  }

  private static List<String> unfold(Path entry) {
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return List.of(entry.toString());
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      if (manifest == null || !SUREFIRE_BOOTER.equals(manifest.getMainAttributes().getValue("Main-Class"))) {
        return List.of(entry.toString());
      }
      String classPath = manifest.getMainAttributes().getValue("Class-Path");
      List<String> unfolded = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        URI uri = entry.toUri().resolve(url);
        unfolded.add(Paths.get(uri).toString());
      }
      return unfolded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
