package se.digitalalas.access;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * digitalalas.access.recent-work (default P30D): how long after a group's last task on a brukare
 * the group may still read the record. digitalalas.access.retention (default P5Y): how long the
 * access log keeps an entry; older ones are purged once a night ({@link AccessLogRetention}).
 */
@ConfigurationProperties("digitalalas.access")
public record AccessProperties(Period recentWork, Period retention) {

  public static final Period DEFAULT_RECENT_WORK = Period.ofDays(30);
  public static final Period DEFAULT_RETENTION = Period.ofYears(5);

  public AccessProperties {
    if (recentWork == null) {
      recentWork = DEFAULT_RECENT_WORK;
    }
    if (retention == null) {
      retention = DEFAULT_RETENTION;
    }
    if (recentWork.isNegative()) {
      throw new IllegalArgumentException("digitalalas.access.recent-work must not be negative");
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("digitalalas.access.retention must be positive");
    }
  }
}
