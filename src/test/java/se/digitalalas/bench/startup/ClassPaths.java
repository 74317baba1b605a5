package se.digitalalas.bench.startup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.digitalalas.bench.startup.bare.BareStarterApplication;

/**
 * The class paths of the two targets, each what its own Maven project resolves for run time (no
 * test dependencies, nothing of the other target): the service's {@code target/classes} with the
 * runtime dependencies of {@code pom.xml}, as its jar holds them; the bare starter app's one class
 * with those of {@code src/test/bench/bare-starter/pom.xml}.
 */
final class ClassPaths {

  static final Path BARE_STARTER_POM = Path.of("src", "test", "bench", "bare-starter", "pom.xml");

  private final Path work;

  ClassPaths(Path work) {
    this.work = work;
  }

  String service() {
    return String.join(File.pathSeparator, Path.of("target", "classes").toAbsolutePath().toString(),
        runtimeDependencies(Path.of("pom.xml"), "service"));
  }

  String bareStarter() {
    return String.join(File.pathSeparator, packageAlone(BareStarterApplication.class, "bare-starter").toString(),
        runtimeDependencies(BARE_STARTER_POM, "bare-starter"));
  }

  /** The service's class path with the package of the main class in front. */
  String serviceWith(Class<?> mainClass) {
    return String.join(File.pathSeparator, packageAlone(mainClass, "service-with").toString(), service());
  }

  /** The classes of the class's package alone, out of the test classes where they are compiled. */
  private Path packageAlone(Class<?> anchor, String name) {
    Path testClasses;
    try {
      testClasses = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path packageFolder = Path.of(anchor.getPackageName().replace('.', File.separatorChar));
    Path target = work.resolve(name + "-classes");
    try {
      Files.createDirectories(target.resolve(packageFolder));
      try (Stream<Path> classes = Files.list(testClasses.resolve(packageFolder))) {
        for (Path compiled : classes.filter(file -> file.toString().endsWith(".class")).toList()) {
          Files.copy(compiled, target.resolve(packageFolder).resolve(compiled.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target.toAbsolutePath();
  }

  /** Asks Maven (offline, the dependencies are in the local repository) for the project's runtime class path. */
  private String runtimeDependencies(Path pom, String name) {
    Path output = work.resolve(name + ".classpath").toAbsolutePath();
    Path log = work.resolve(name + "-classpath.log");
    List<String> command = List.of("mvn", "-B", "-o", "-q", "-f", pom.toAbsolutePath().toString(),
        "dependency:build-classpath", "-DincludeScope=runtime", "-Dmdep.outputFile=" + output);
    try {
      Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!maven.waitFor(5, TimeUnit.MINUTES) || maven.exitValue() != 0) {
        maven.destroyForcibly();
        throw new IllegalStateException("Maven did not give the class path of " + pom + ", see " + log);
      }
      return Files.readString(output).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
