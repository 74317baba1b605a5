package se.digitalalas.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import se.digitalalas.testsupport.ServiceOnPostgres;

class AccountsPostgresIT extends ServiceOnPostgres implements AccountsWalkthrough {

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private AuthorizationSetup authorizationSetup;

  @Override
  public LoginLocks locks() {
    return new LoginLocks(engine);
  }

  @Override
  public AuthorizationSetup authorizationSetup() {
    return authorizationSetup;
  }

  @Override
  public AuthorizationService authorizationService() {
    return engine.getAuthorizationService();
  }
}
