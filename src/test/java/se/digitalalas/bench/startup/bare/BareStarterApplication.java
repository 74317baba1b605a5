package se.digitalalas.bench.startup.bare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Profile;

/**
 * The bare starter app the start-up benchmark compares the service with: an application class
 * and nothing else, as a project generated with Camunda's webapp and REST starters has, started on
 * the class path of {@code src/test/bench/bare-starter/pom.xml} (the starters, the connection pool
 * and the JDBC driver) with Camunda's defaults (no authorization, nothing to deploy) and the
 * administrator the caller names.
 *
 * <p>The profile keeps the service's own test contexts, which scan {@code se.digitalalas} with the
 * test classes, from picking this application up.
 */
@Profile(BareStarterApplication.PROFILE)
@SpringBootApplication
public class BareStarterApplication {

  public static final String PROFILE = "bare-starter";

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareStarterApplication.class).profiles(PROFILE).run(args);
  }
}
