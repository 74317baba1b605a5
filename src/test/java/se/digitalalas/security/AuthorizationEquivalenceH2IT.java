package se.digitalalas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/** The task query and the checks of named resources decide as Camunda's own, on H2. */
class AuthorizationEquivalenceH2IT {

  @Test
  void everyUserSeesTheSameTasksAsThroughTheEngineAsShipped() {
    try (AuthorizationEquivalence engines = new AuthorizationEquivalence(
        "jdbc:h2:mem:task-query-authorization;DB_CLOSE_DELAY=-1", "org.h2.Driver", "sa", "")) {
      AuthorizationScenarios.run(engines);
    }
  }

  @Test
  void theEngineAsksTheTaskQueryThroughTheMapper() {
    try (AuthorizationEquivalence engines = new AuthorizationEquivalence(
        "jdbc:h2:mem:task-query-mapping;DB_CLOSE_DELAY=-1", "org.h2.Driver", "sa", "")) {
      ProcessEngineConfigurationImpl lever = (ProcessEngineConfigurationImpl) ProcessEngines.getProcessEngine("lever-auto")
          .getProcessEngineConfiguration();
      ProcessEngineConfigurationImpl shipped = (ProcessEngineConfigurationImpl) ProcessEngines
          .getProcessEngine("shipped-auto").getProcessEngineConfiguration();
      assertThat(lever.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
          .isEqualTo("se.digitalalas.security.TaskQueryAuthorization.selectAuthorizedTaskCount");
      assertThat(lever.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
          .isEqualTo("se.digitalalas.security.TaskQueryAuthorization.selectAuthorizedTasks");
      assertThat(shipped.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
          .isEqualTo("selectTaskByQueryCriteria");
    }
  }
}
