package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.TestTransaction;

/** What every registry test relies on, on whichever database it runs. */
@RegistryTest
abstract class RegistryDatabaseTest {

  @Autowired
  Flyway flyway;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theRegistrySchemaIsMigratedByFlyway() {
    MigrationInfo[] applied = flyway.info().applied();

    assertThat(applied).extracting(MigrationInfo::getScript).contains("V1__registry.sql");
    assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void eachTestRunsInATransactionThatIsRolledBack() {
    assertThat(TestTransaction.isActive()).isTrue();
    assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
  }
}
