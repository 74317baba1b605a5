package se.digitalalas.processtest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The process engine of the fast model tests: in memory (H2), no job executor (tests run jobs
 * themselves), full history, and {@link MockExpressionManager} so that
 * {@code Mocks.register("beanName", mock)} answers {@code ${beanName}} in the models.
 *
 * <p>Built once per JVM and shared: ProcessEngineExtension does not close an engine it was handed,
 * and it deletes each test's deployment afterwards.
 */
public final class InMemoryProcessEngine {

  private static ProcessEngine engine;

  private InMemoryProcessEngine() {
  }

  public static synchronized ProcessEngineExtension extension() {
    if (engine == null) {
      engine = configuration().buildProcessEngine();
    }
    return ProcessEngineExtension.builder().useProcessEngine(engine).build();
  }

  private static ProcessEngineConfiguration configuration() {
    return configuration("digitala-las-modelltest");
  }

  /** The same settings for an engine of a test's own, by a name no other engine in the JVM has. */
  public static StandaloneInMemProcessEngineConfiguration configuration(String name) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setMetricsEnabled(false);
    return configuration;
  }
}
