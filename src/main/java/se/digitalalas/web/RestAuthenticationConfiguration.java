package se.digitalalas.web;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP basic authentication against Camunda's identity service for the engine's REST API, the
 * registry API and the metrics. Camunda leaves /engine-rest open unless this filter is there.
 * A read of /api also takes the Tasklist session ({@link TasklistSessionAuthenticationProvider}).
 * A sign-in is remembered for {@code digitalalas.authentication.remembered-for}
 * ({@link RecentSignIns}).
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
  RecentSignIns recentSignIns(@Value("${digitalalas.authentication.remembered-for}") Duration rememberedFor) {
    return new RecentSignIns(rememberedFor, Ticker.systemTicker());
  }

  @Bean
  FilterRegistrationBean<RestAuthenticationFilter> restAuthenticationFilter(RecentSignIns recentSignIns) {
    FilterRegistrationBean<RestAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new RestAuthenticationFilter(new TasklistSessionAuthenticationProvider(new BasicAuthentication(recentSignIns))));
    registration.setName("digitala-las-rest-authentication");
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.setOrder(ORDER);
    return registration;
  }
}
