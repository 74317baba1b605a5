package se.digitalalas.ops.metrics;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operations gauges on the service's meter registry (/actuator/metrics, /actuator/prometheus). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class OperationsMetricsConfiguration {

  @Bean
  OperationsMeters operationsMeters(OperationsFiguresCounter counter, MetricsProperties properties, Clock clock) {
    return new OperationsMeters(new RecentOperationsFigures(counter::countNow, properties.refresh(), clock));
  }
}
