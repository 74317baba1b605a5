package se.digitalalas.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import se.digitalalas.DigitalaLasApplication;
import se.digitalalas.bench.bare.BareEngineApplication;
import se.digitalalas.testsupport.AdministratorCreatedStaff;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.TestMailServer;

/**
 * The two targets, each in its JVM on a database of its own on the shared server: the service
 * (the postgres profile, authorization on, the staff created by the administrator as in
 * production, mail to a local SMTP server) and the bare engine (no login, authorization off).
 */
final class Targets implements AutoCloseable {

  /** The bare engine has no users and checks no password: the header is sent all the same. */
  private static final Credentials BARE_ADMIN = new Credentials("admin", "admin");

  private final TargetJvm serviceJvm;
  private final TargetJvm bareJvm;
  private final Target service;
  private final Target bare;

  private Targets(TargetJvm serviceJvm, TargetJvm bareJvm, Target service, Target bare) {
    this.serviceJvm = serviceJvm;
    this.bareJvm = bareJvm;
    this.service = service;
    this.bare = bare;
  }

  /** Starts both JVMs side by side and creates the service's staff. */
  static Targets start(BenchDatabase database, Path logs) {
    String serviceUrl = database.create("service");
    String bareUrl = database.create("bare_engine");
    CompletableFuture<TargetJvm> serviceJvm = CompletableFuture.supplyAsync(() -> TargetJvm.start(
        DigitalaLasApplication.class, Benchmark.class,
        List.of("--spring.profiles.active=postgres",
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port()),
        Map.of(
            "DIGITALALAS_DB_URL", serviceUrl,
            "DIGITALALAS_DB_USER", BenchDatabase.USER,
            "DIGITALALAS_DB_PASSWORD", BenchDatabase.PASSWORD,
            "DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER,
            "DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD),
        logs.resolve("service.log")));
    CompletableFuture<TargetJvm> bareJvm = CompletableFuture.supplyAsync(() -> TargetJvm.start(
        BareEngineApplication.class, DigitalaLasApplication.class,
        List.of("--spring.datasource.url=" + bareUrl,
            "--spring.datasource.username=" + BenchDatabase.USER,
            "--spring.datasource.password=" + BenchDatabase.PASSWORD,
            "--" + BareEngineApplication.MODELS + "=" + Path.of("bpmn").toAbsolutePath()),
        Map.of(),
        logs.resolve("bare-engine.log")));
    try {
      CompletableFuture.allOf(serviceJvm, bareJvm).join();
    } catch (RuntimeException notStarted) {
      serviceJvm.thenAccept(TargetJvm::close);
      bareJvm.thenAccept(TargetJvm::close);
      throw notStarted;
    }

    AdministratorCreatedStaff staff = new AdministratorCreatedStaff();
    RoutineDriver serviceDriver = new RoutineDriver(new EngineRestClient(serviceJvm.join().port()), staff,
        AdministratorCreatedStaff.ADMIN);
    staff.createAll(serviceDriver.rest());
    RoutineDriver bareDriver = new RoutineDriver(new EngineRestClient(bareJvm.join().port()), group -> BARE_ADMIN,
        BARE_ADMIN);
    return new Targets(serviceJvm.join(), bareJvm.join(),
        new Target("service", serviceDriver, AdministratorCreatedStaff.ADMIN, serviceUrl, "service"),
        new Target("bare engine", bareDriver, BARE_ADMIN, bareUrl, "bare_engine"));
  }

  Target service() {
    return service;
  }

  Target bare() {
    return bare;
  }

  /** The CPU time the target's JVM has used so far. */
  Duration cpuTime(Target target) {
    return (target == service ? serviceJvm : bareJvm).cpuTime();
  }

  /** In the order their batches alternate: the service first. */
  List<Target> both() {
    return List.of(service, bare);
  }

  /** What /engine-rest/version answers. */
  static String engineVersion(Target target) {
    return target.driver().rest().get(target.admin(), "/engine-rest/version").json().path("version").asText();
  }

  @Override
  public void close() {
    try {
      serviceJvm.close();
    } finally {
      bareJvm.close();
    }
  }
}
