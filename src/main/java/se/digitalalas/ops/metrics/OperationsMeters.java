package se.digitalalas.ops.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.security.StaffGroup;

/**
 * The operations figures as gauges (README, "Metrics for operations"); Prometheus names them
 * with underscores (digitalalas_tasks_open). Labels are group ids and channel names only,
 * never anything about a brukare. Without a count (the database is away) a gauge reads NaN.
 */
class OperationsMeters implements MeterBinder {

  static final String TASKS_OPEN = "digitalalas.tasks.open";
  static final String TASKS_OVERDUE = "digitalalas.tasks.overdue";
  static final String REMOVALS_OVERDUE = "digitalalas.removals.overdue";
  static final String OUTBOX_UNSENT = "digitalalas.outbox.unsent";
  static final String OUTBOX_FAILED = "digitalalas.outbox.failed";
  static final String JOBS_DUE = "digitalalas.jobs.due";
  static final String JOBS_LONGEST_WAIT = "digitalalas.jobs.due.longest.wait";
  static final String JOBS_WITHOUT_RETRIES = "digitalalas.jobs.without.retries";

  private final RecentOperationsFigures figures;

  OperationsMeters(RecentOperationsFigures figures) {
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (StaffGroup group : StaffGroup.values()) {
      gauge(TASKS_OPEN, "Öppna uppgifter för gruppen", f -> f.tasksOf(group).open())
          .tag("group", group.id()).register(registry);
      gauge(TASKS_OVERDUE, "Öppna uppgifter för gruppen vars förfallodatum har passerat",
          f -> f.tasksOf(group).overdue())
          .tag("group", group.id()).register(registry);
    }
    gauge(REMOVALS_OVERDUE, "Lås som inte är nedmonterade fast 14-dagarsfristen (Phoniro) har passerat",
        OperationsFigures::overdueRemovals).register(registry);
    for (MessageChannel channel : MessageChannel.values()) {
      gauge(OUTBOX_UNSENT, "Utgående meddelanden som väntar på att skickas (PENDING, SENDING)",
          f -> f.outboxOf(channel).unsent())
          .tag("channel", channel.name()).register(registry);
      gauge(OUTBOX_FAILED, "Utgående meddelanden som inte gick att skicka (FAILED)",
          f -> f.outboxOf(channel).failed())
          .tag("channel", channel.name()).register(registry);
    }
    gauge(JOBS_DUE, "Jobb som är förfallna och väntar på jobbutföraren", f -> f.jobs().due())
        .register(registry);
    gauge(JOBS_LONGEST_WAIT, "Hur länge det äldsta förfallna jobbet har väntat",
        f -> f.jobs().longestWait().toMillis() / 1000.0)
        .baseUnit("seconds").register(registry);
    gauge(JOBS_WITHOUT_RETRIES, "Jobb utan försök kvar (incidenter i Cockpit)", f -> f.jobs().withoutRetries())
        .register(registry);
  }

  private Gauge.Builder<RecentOperationsFigures> gauge(String name, String description,
      ToDoubleFunction<OperationsFigures> value) {
    return Gauge.builder(name, figures, recent -> recent.current().map(value::applyAsDouble).orElse(Double.NaN))
        .description(description)
        .strongReference(true);
  }
}
