package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.DemoStaff;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceProcess;

/**
 * The default profile exactly as configured: its H2 file database ./data/digitala-las with the
 * URL of application-default.yml, the working directory being the test's own.
 */
class CrashSafetyOnH2IT extends CrashSafety {

  @Override
  ServiceProcess startService(Path workingDirectory) {
    List<String> arguments = new ArrayList<>(testSettings());
    arguments.add("--spring.profiles.active=default");
    ServiceProcess service = ServiceProcess.start(workingDirectory, arguments, Map.of());
    assertThat(workingDirectory.resolve("data").resolve("digitala-las.mv.db")).isRegularFile();
    return service;
  }

  @Override
  Function<StaffGroup, Credentials> staff() {
    return new DemoStaff();
  }

  @Override
  Credentials admin() {
    return DemoStaff.ADMIN;
  }
}
