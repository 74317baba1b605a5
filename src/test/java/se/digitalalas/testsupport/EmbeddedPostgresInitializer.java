package se.digitalalas.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points {@code spring.datasource} at the test JVM's embedded PostgreSQL server (started on first
 * use), ahead of every other property source.
 */
public class EmbeddedPostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=postgres")
        .applyTo(context);
  }
}
