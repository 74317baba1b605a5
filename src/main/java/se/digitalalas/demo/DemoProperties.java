package se.digitalalas.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo staff of the default profile; bound from application-default.yml only. */
@ConfigurationProperties("digitalalas.demo")
record DemoProperties(String password, List<DemoUser> users) {

  DemoProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  record DemoUser(String id, String firstName, String lastName, String group) {
  }
}
