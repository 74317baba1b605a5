package se.digitalalas.ops.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * digitalalas.metrics.refresh (default PT10S): the operations figures are counted at most this
 * often; every gauge read in between (all of one scrape, a second scraper) shows the last count.
 */
@ConfigurationProperties("digitalalas.metrics")
public record MetricsProperties(Duration refresh) {

  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(10);

  public MetricsProperties {
    if (refresh == null) {
      refresh = DEFAULT_REFRESH;
    }
    if (refresh.isNegative()) {
      throw new IllegalArgumentException("digitalalas.metrics.refresh must not be negative");
    }
  }
}
