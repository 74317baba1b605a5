package se.digitalalas.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP basic authentication against Camunda's identity service for the engine's REST API, the
 * registry API and the metrics. Camunda leaves /engine-rest open unless this filter is there.
 * A read of /api also takes the Tasklist session ({@link TasklistSessionAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

  /** Its place among the servlet filters: filters that need the caller come after it. */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

  /** The metrics, for operations only ({@link MetricsAccessConfiguration}). */
  static final String[] METRICS_PATHS = {"/actuator/metrics", "/actuator/metrics/*", "/actuator/prometheus"};

  static final String[] PROTECTED_PATHS = Stream.concat(Stream.of("/engine-rest/*", "/api/*"),
      Arrays.stream(METRICS_PATHS)).toArray(String[]::new);

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("digitala-las-rest-authentication");
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        TasklistSessionAuthenticationProvider.class.getName()));
    registration.setOrder(ORDER);
    return registration;
  }
}
