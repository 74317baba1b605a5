package se.digitalalas.ops.metrics;

import static org.assertj.core.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The figures are counted at most once per refresh interval, a failed count included. */
class RecentOperationsFiguresTest {

  private final MovableClock clock = new MovableClock();
  private final AtomicInteger counts = new AtomicInteger();

  @Test
  void everyReadWithinTheIntervalShowsTheLastCountAndTheFirstReadAfterItCountsAgain() {
    RecentOperationsFigures recent = new RecentOperationsFigures(counting(() -> figures(counts.get())),
        Duration.ofSeconds(10), clock);

    assertThat(recent.current()).hasValueSatisfying(f -> assertThat(f.overdueRemovals()).isEqualTo(1));
    clock.advance(Duration.ofSeconds(9));
    assertThat(recent.current()).hasValueSatisfying(f -> assertThat(f.overdueRemovals()).isEqualTo(1));
    assertThat(counts).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(recent.current()).hasValueSatisfying(f -> assertThat(f.overdueRemovals()).isEqualTo(2));
    assertThat(counts).hasValue(2);
  }

  @Test
  void aFailedCountGivesNoFiguresAndIsNotRepeatedWithinTheInterval() {
    RecentOperationsFigures recent = new RecentOperationsFigures(counting(() -> {
      throw new IllegalStateException("the database is away");
    }), Duration.ofSeconds(10), clock);

    assertThat(recent.current()).isEmpty();
    assertThat(recent.current()).isEmpty();
    assertThat(counts).hasValue(1);
    clock.advance(Duration.ofSeconds(10));
    assertThat(recent.current()).isEmpty();
    assertThat(counts).hasValue(2);
  }

  private Supplier<OperationsFigures> counting(Supplier<OperationsFigures> count) {
    return () -> {
      counts.incrementAndGet();
      return count.get();
    };
  }

  private static OperationsFigures figures(long overdueRemovals) {
    return new OperationsFigures(Map.of(), overdueRemovals, Map.of(), new JobBacklog(0, Duration.ZERO, 0));
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
