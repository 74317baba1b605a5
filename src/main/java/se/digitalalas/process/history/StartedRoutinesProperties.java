package se.digitalalas.process.history;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * digitalalas.started-routines.period (default P60D): how far back Tasklist's "Mina rutiner"
 * lists the routines a user started; .limit (default 100): at most this many, newest first.
 */
@ConfigurationProperties("digitalalas.started-routines")
public record StartedRoutinesProperties(Period period, Integer limit) {

  public static final Period DEFAULT_PERIOD = Period.ofDays(60);
  public static final int DEFAULT_LIMIT = 100;

  public StartedRoutinesProperties {
    if (period == null) {
      period = DEFAULT_PERIOD;
    }
    if (limit == null) {
      limit = DEFAULT_LIMIT;
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("digitalalas.started-routines.period must be positive");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("digitalalas.started-routines.limit must be at least 1");
    }
  }
}
