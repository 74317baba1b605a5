package se.digitalalas.ops.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last count of the figures, counted again once it is older than the refresh interval. A
 * count that fails (the database is away) gives no figures until the next interval, so a scrape
 * asks the database once, not once per gauge.
 */
class RecentOperationsFigures {

  private static final Logger log = LoggerFactory.getLogger(RecentOperationsFigures.class);

  private final Supplier<OperationsFigures> count;
  private final Duration refresh;
  private final Clock clock;

  private Instant countedAt;
  private Optional<OperationsFigures> last = Optional.empty();

  RecentOperationsFigures(Supplier<OperationsFigures> count, Duration refresh, Clock clock) {
    this.count = count;
    this.refresh = refresh;
    this.clock = clock;
  }

  synchronized Optional<OperationsFigures> current() {
    Instant now = clock.instant();
    if (countedAt == null || !now.isBefore(countedAt.plus(refresh))) {
      countedAt = now;
      last = countOrNothing();
    }
    return last;
  }

  private Optional<OperationsFigures> countOrNothing() {
    try {
      return Optional.of(count.get());
    } catch (RuntimeException e) {
      // once per interval while the database is away: the reason, not the stack each time
      log.warn("The operations figures could not be counted; the gauges show none until the next count: {}",
          e.toString());
      log.debug("The failed count", e);
      return Optional.empty();
    }
  }
}
