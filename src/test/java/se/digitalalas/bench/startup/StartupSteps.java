package se.digitalalas.bench.startup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import se.digitalalas.bench.BenchDatabase;
import se.digitalalas.bench.TargetJvm;
import se.digitalalas.bench.startup.steps.ServiceStartupSteps;

/**
 * Where the service's start-up goes: {@link ServiceStartupSteps} in a JVM of its own, as the
 * benchmark starts the service, first on an empty database and then again on it; prints each
 * one's slowest steps. Run on demand: {@code mvn -B -o -Pbenchmark test-compile exec:exec
 * -Dbench.main=se.digitalalas.bench.startup.StartupSteps}; the logs go to target/benchmark/startup/.
 */
public final class StartupSteps {

  private static final Path OUTPUT = Path.of("target", "benchmark", "startup");

  private StartupSteps() {
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    Files.createDirectories(OUTPUT);
    StartupTarget service = StartupTarget.service(new ClassPaths(OUTPUT).serviceWith(ServiceStartupSteps.class));
    try (BenchDatabase database = BenchDatabase.start()) {
      String url = database.create("steps");
      for (StartupKind kind : StartupKind.values()) {
        Path log = OUTPUT.resolve("steps-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".log");
        run(service, url, log);
        System.out.println("[startup] " + kind.description() + ":");
        Files.readAllLines(log).stream().filter(line -> line.startsWith("[steps]")).forEach(System.out::println);
      }
    }
  }

  private static void run(StartupTarget service, String url, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(TargetJvm.JVM_OPTIONS);
    command.addAll(List.of("-cp", service.classPath(), ServiceStartupSteps.class.getName(), "--server.port=0"));
    command.addAll(service.configuration().arguments(url));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(service.configuration().environment(url));
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("Not done in 5 minutes, see " + log);
    }
    if (process.exitValue() != 0) {
      throw new UncheckedIOException(new IOException("Exited with " + process.exitValue() + ", see " + log));
    }
  }
}
