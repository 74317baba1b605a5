package se.digitalalas.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first runner after start-up, when the engine has deployed {@code bpmn/}: the staff groups,
 * what they may do and what each may start. Later runners rely on the groups existing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessSetupRunner implements ApplicationRunner {

  private final AuthorizationSetup authorizationSetup;
  private final StartRights startRights;

  AccessSetupRunner(AuthorizationSetup authorizationSetup, StartRights startRights) {
    this.authorizationSetup = authorizationSetup;
    this.startRights = startRights;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizationSetup.apply();
    startRights.apply();
  }
}
