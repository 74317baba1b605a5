package se.digitalalas.ops;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the postgres profile without its database and first administrator, before
 * anything tries to connect: a production service must never fall back to defaults.
 */
public class PostgresSettingsCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of(
      "DIGITALALAS_DB_URL", "DIGITALALAS_DB_USER", "DIGITALALAS_DB_PASSWORD",
      "DIGITALALAS_ADMIN_USER", "DIGITALALAS_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    List<String> missing = REQUIRED.stream()
        .filter(name -> !StringUtils.hasText(environment.getProperty(name)))
        .toList();
    if (!missing.isEmpty()) {
      throw new MissingPostgresSettingsException(missing);
    }
  }
}
