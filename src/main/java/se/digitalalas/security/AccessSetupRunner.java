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
  private final TasklistFilters tasklistFilters;

  AccessSetupRunner(AuthorizationSetup authorizationSetup, TasklistFilters tasklistFilters) {
    this.authorizationSetup = authorizationSetup;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizationSetup.apply();
    tasklistFilters.apply();
  }
}
