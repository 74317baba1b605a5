package se.digitalalas.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo staff, one or more per group, when the default (demo) profile runs. */
@Component
@Profile("default")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoUsers implements ApplicationRunner {

  private final IdentityService identityService;
  private final DemoProperties demo;

  DemoUsers(IdentityService identityService, DemoProperties demo) {
    this.identityService = identityService;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoProperties.DemoUser demoUser : demo.users()) {
      if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identityService.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.id() + "@kommun.example");
        user.setPassword(demo.password());
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(demoUser.group()).count() == 0) {
        identityService.createMembership(demoUser.id(), demoUser.group());
      }
    }
  }
}
