package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.AdministratorCreatedStaff;
import se.digitalalas.testsupport.EmbeddedPostgresDatabases;
import se.digitalalas.testsupport.EngineRestClient;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceProcess;

/**
 * The postgres profile on a database of its own on the embedded server, configured through the
 * environment as in production; only the service JVM is killed, PostgreSQL keeps running.
 */
class CrashSafetyOnPostgresIT extends CrashSafety {

  private static final AdministratorCreatedStaff STAFF = new AdministratorCreatedStaff();
  private static String jdbcUrl;

  @BeforeAll
  static void database() {
    jdbcUrl = EmbeddedPostgresDatabases.create("crash_safety_" + ProcessHandle.current().pid());
    assertThat(EmbeddedPostgresDatabases.setting(jdbcUrl, "synchronous_commit")).isEqualTo("on");
  }

  @Override
  ServiceProcess startService(Path workingDirectory) {
    List<String> arguments = new ArrayList<>(testSettings());
    arguments.add("--spring.profiles.active=postgres");
    return ServiceProcess.start(workingDirectory, arguments, Map.of(
        "DIGITALALAS_DB_URL", jdbcUrl,
        "DIGITALALAS_DB_USER", EmbeddedPostgresDatabases.USER,
        "DIGITALALAS_DB_PASSWORD", EmbeddedPostgresDatabases.PASSWORD,
        "DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER,
        "DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD));
  }

  @Override
  void firstStart(EngineRestClient rest) {
    STAFF.createAll(rest);
  }

  @Override
  Function<StaffGroup, Credentials> staff() {
    return STAFF;
  }

  @Override
  Credentials admin() {
    return AdministratorCreatedStaff.ADMIN;
  }
}
