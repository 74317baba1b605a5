package se.digitalalas.security;

import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EmbeddedPostgresDatabases;

/** The task query with {@link TaskQueryAuthorization} sees what Camunda's own sees, on PostgreSQL. */
class TaskQueryAuthorizationPostgresIT {

  @Test
  void everyUserSeesTheSameTasksAsThroughTheEngineAsShipped() {
    String url = EmbeddedPostgresDatabases.create("task_query_authorization");
    try (TaskQueryAuthorizationEquivalence engines = new TaskQueryAuthorizationEquivalence(url, "org.postgresql.Driver",
        EmbeddedPostgresDatabases.USER, EmbeddedPostgresDatabases.PASSWORD)) {
      TaskQueryAuthorizationScenarios.run(engines);
    }
  }
}
