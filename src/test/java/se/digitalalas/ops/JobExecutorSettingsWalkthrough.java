package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The running job executor has the settings README "Two or more nodes" states: a job lock longer
 * than any job runs, and acquisition backoff after another node took the jobs a node selected.
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

  private JobExecutor jobExecutor() {
    return ((ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration()).getJobExecutor();
  }
}
