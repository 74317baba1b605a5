package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * How the running engine checks authorizations (README, "Cheaper requests"): REVOKE honoured on
 * every query without asking first. That every group still sees only its tasks is the access
 * tests' part.
 */
interface AuthorizationChecksWalkthrough extends ServiceUnderTest {

  @Test
  default void revokesAreCheckedAlwaysAsConfigured() {
    assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration();
  }
}
