package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The running job executor has the settings README "Two or more nodes" states: a job lock longer
 * than any job runs, acquisition backoff after another node took the jobs a node selected, and the
 * earliest due jobs taken first, through an index on the due date, and the jobs locked now found
 * through an index on the lock expiry.
 */
interface JobExecutorSettingsWalkthrough extends ServiceUnderTest {

  @Test
  default void aNodeOwnsItsJobsForFiveMinutes() {
    assertThat(jobExecutor().getLockTimeInMillis()).isEqualTo(300_000);
  }

  @Test
  default void aNodeThatLostAnAcquisitionBacksOffAndThenTakesMore() {
    JobExecutor jobExecutor = jobExecutor();

    assertThat(jobExecutor.getBackoffTimeInMillis()).isEqualTo(50);
    assertThat(jobExecutor.getMaxBackoff()).isEqualTo(800);
    assertThat(jobExecutor.getMaxJobsPerAcquisition()).isEqualTo(3);
  }

  @Test
  default void theEarliestDueJobsAreTakenFirstThroughAnIndexOnTheDueDate() throws SQLException {
    ProcessEngineConfigurationImpl configuration = configuration();

    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByPriority()).isFalse();
    assertThat(indexedColumns("ACT_RU_JOB", "DIGITALALAS_IDX_JOB_DUEDATE")).containsExactly("DUEDATE_");
  }

  @Test
  default void theJobsLockedNowAreFoundThroughAnIndexOnTheLockExpiry() throws SQLException {
    assertThat(indexedColumns("ACT_RU_JOB", "DIGITALALAS_IDX_JOB_LOCK_EXP")).containsExactly("LOCK_EXP_TIME_");
  }

  @Test
  default void theEngineSchemaAdditionsHaveAHistoryOfTheirOwn() throws SQLException {
    try (Connection connection = bean(DataSource.class).getConnection();
        ResultSet rows = connection.createStatement().executeQuery(
            "select \"version\", \"success\" from \"" + EngineSchemaAdditions.HISTORY_TABLE
                + "\" where \"type\" = 'SQL' order by \"installed_rank\"")) {
      List<String> applied = new ArrayList<>();
      while (rows.next()) {
        applied.add(rows.getString(1) + (rows.getBoolean(2) ? " applied" : " failed"));
      }
      assertThat(applied).containsExactly("1 applied", "2 applied");
    }
  }

  private List<String> indexedColumns(String table, String index) throws SQLException {
    try (Connection connection = bean(DataSource.class).getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      boolean lowerCase = metaData.storesLowerCaseIdentifiers();
      List<String> columns = new ArrayList<>();
      try (ResultSet rows = metaData.getIndexInfo(null, null, lowerCase ? table.toLowerCase(Locale.ROOT) : table, false, false)) {
        while (rows.next()) {
          if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
            columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
      return columns;
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration();
  }

  private JobExecutor jobExecutor() {
    return configuration().getJobExecutor();
  }
}
