package se.digitalalas.ops;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * The service's additions to Camunda's own tables (db/engine), migrated by Flyway once the engine
 * has created or updated its schema, before the job executor starts. They have a history table of
 * their own: the registry's migrations run before the engine's tables exist
 * ({@link RegistryBeforeEngineConfiguration}), these after; the first run marks the schema it
 * finds as version 0. With two nodes starting at once, Flyway's lock lets one of them migrate.
 */
@Component
class EngineSchemaAdditions extends AbstractProcessEnginePlugin {

  static final String HISTORY_TABLE = "flyway_engine_history";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Flyway.configure()
        .dataSource(processEngine.getProcessEngineConfiguration().getDataSource())
        .locations("classpath:db/engine")
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
