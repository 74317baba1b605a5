package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class PostgresSettingsCheckTest {

  private final PostgresSettingsCheck check = new PostgresSettingsCheck();

  @Test
  void refusesThePostgresProfileWithoutItsSettingsAndNamesWhatIsMissing() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("DIGITALALAS_DB_URL", "jdbc:postgresql://db/digitalalas")
        .withProperty("DIGITALALAS_DB_USER", "digitalalas");
    environment.setActiveProfiles("postgres");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOfSatisfying(MissingPostgresSettingsException.class, missing -> {
          assertThat(missing.missing()).containsExactly(
              "DIGITALALAS_DB_PASSWORD", "DIGITALALAS_ADMIN_USER", "DIGITALALAS_ADMIN_PASSWORD");
          FailureAnalysis analysis = new MissingPostgresSettingsFailureAnalyzer().analyze(missing);
          assertThat(analysis.getDescription()).contains("DIGITALALAS_DB_PASSWORD");
          assertThat(analysis.getAction()).contains("Sätt miljövariablerna");
        });
  }

  @Test
  void acceptsACompletePostgresProfile() {
    MockEnvironment environment = new MockEnvironment();
    PostgresSettingsCheck.REQUIRED.forEach(name -> environment.setProperty(name, "x"));
    environment.setActiveProfiles("postgres");

    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void leavesTheDemoProfileAlone() {
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .doesNotThrowAnyException();
  }
}
