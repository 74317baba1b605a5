package se.digitalalas.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service started whole on a random port; the environments below choose database and profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.wait-time-in-millis=100",
    "camunda.bpm.job-execution.max-wait=500",
    // Boot's tests turn every metrics export off; /actuator/prometheus is part of the service
    "management.prometheus.metrics.export.enabled=true",
    // the metrics count on every read, so a test sees its change at once
    "digitalalas.metrics.refresh=PT0S"})
public abstract class RunningService implements ServiceUnderTest {

  @LocalServerPort
  private int port;

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private ApplicationContext context;

  private RoutineDriver driver;

  /**
   * The H2 and the PostgreSQL context both live in one test JVM, and Camunda's REST layer finds
   * "the default engine" in a static registry where the context started last wins: each test puts
   * its own context's engine back first.
   */
  @BeforeEach
  void connect() {
    ProcessEngines.registerProcessEngine(engine);
    driver = new RoutineDriver(new EngineRestClient(port), this::staff, admin());
  }

  @Override
  public RoutineDriver driver() {
    return driver;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }
}
