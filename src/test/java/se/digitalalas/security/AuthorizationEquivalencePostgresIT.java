package se.digitalalas.security;

import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EmbeddedPostgresDatabases;

/** The task query and the checks of named resources decide as Camunda's own, on PostgreSQL. */
class AuthorizationEquivalencePostgresIT {

  @Test
  void everyUserSeesTheSameTasksAsThroughTheEngineAsShipped() {
    String url = EmbeddedPostgresDatabases.create("task_query_authorization");
    try (AuthorizationEquivalence engines = new AuthorizationEquivalence(url, "org.postgresql.Driver",
        EmbeddedPostgresDatabases.USER, EmbeddedPostgresDatabases.PASSWORD)) {
      AuthorizationScenarios.run(engines);
    }
  }
}
