package se.digitalalas.bench.startup;

import java.util.List;
import java.util.Map;
import se.digitalalas.DigitalaLasApplication;
import se.digitalalas.bench.BenchDatabase;
import se.digitalalas.bench.startup.bare.BareStarterApplication;
import se.digitalalas.testsupport.AdministratorCreatedStaff;

/**
 * What is started: the main class on its class path, and how it is pointed at a database; both
 * targets get the same first administrator.
 */
record StartupTarget(String name, String mainClass, String classPath, Configuration configuration) {

  /** The arguments and environment that point a target at its database. */
  interface Configuration {

    List<String> arguments(String databaseUrl);

    Map<String, String> environment(String databaseUrl);
  }

  /**
   * The service as production runs it: the postgres profile, its settings from the environment;
   * but its cookies are not marked Secure, since the benchmark signs in over plain HTTP where
   * production has a TLS proxy in front.
   */
  static StartupTarget service(String classPath) {
    return new StartupTarget("service", DigitalaLasApplication.class.getName(), classPath, new Configuration() {
      @Override
      public List<String> arguments(String databaseUrl) {
        return List.of("--spring.profiles.active=postgres",
            "--camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
            "--camunda.bpm.webapp.csrf.enable-secure-cookie=false",
            "--server.servlet.session.cookie.secure=false");
      }

      @Override
      public Map<String, String> environment(String databaseUrl) {
        return Map.of(
            "DIGITALALAS_DB_URL", databaseUrl,
            "DIGITALALAS_DB_USER", BenchDatabase.USER,
            "DIGITALALAS_DB_PASSWORD", BenchDatabase.PASSWORD,
            "DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER,
            "DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD);
      }
    });
  }

  /** The bare starter app with Spring Boot's and Camunda's defaults but the database and the administrator. */
  static StartupTarget bareStarter(String classPath) {
    return new StartupTarget("bare starter", BareStarterApplication.class.getName(), classPath, new Configuration() {
      @Override
      public List<String> arguments(String databaseUrl) {
        return List.of(
            "--spring.datasource.url=" + databaseUrl,
            "--spring.datasource.username=" + BenchDatabase.USER,
            "--spring.datasource.password=" + BenchDatabase.PASSWORD,
            "--camunda.bpm.admin-user.id=" + AdministratorCreatedStaff.ADMIN_USER,
            "--camunda.bpm.admin-user.password=" + AdministratorCreatedStaff.ADMIN_PASSWORD);
      }

      @Override
      public Map<String, String> environment(String databaseUrl) {
        return Map.of();
      }
    });
  }
}
