package se.digitalalas.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.digitalalas.process.tasklist.TasklistFilters;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessSetupRunner implements ApplicationRunner {

  private final AuthorizationSetup authorizationSetup;
  private final StartRights startRights;
  private final TasklistFilters tasklistFilters;

  AccessSetupRunner(AuthorizationSetup authorizationSetup, StartRights startRights,
      TasklistFilters tasklistFilters) {
    this.authorizationSetup = authorizationSetup;
    this.startRights = startRights;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizationSetup.apply();
    startRights.apply();
    tasklistFilters.apply();
  }
}
