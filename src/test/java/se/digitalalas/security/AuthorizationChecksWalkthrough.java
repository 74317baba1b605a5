package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * How the running engine checks authorizations (README, "Cheaper requests"): REVOKE honoured on
 * every query without asking first, and the user's groups taken as they are, without reading
 * every group of ACT_RU_AUTHORIZATION first. That every group still sees only its tasks is the
 * access tests' part.
 */
interface AuthorizationChecksWalkthrough extends ServiceUnderTest {

  @Test
  default void revokesAreCheckedAlwaysAsConfigured() {
    assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }

  @Test
  default void everyCommandChecksWithAllOfTheUsersGroups() {
    List<String> groups = configuration().getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizationChecks.LeanAuthorizationManager.class);
      return manager.filterAuthenticatedGroupIds(List.of("utan-behorighet", StaffGroup.MONTOR.id(), StaffGroup.MONTOR.id()));
    });

    assertThat(groups).containsExactly("utan-behorighet", StaffGroup.MONTOR.id());
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration();
  }
}
