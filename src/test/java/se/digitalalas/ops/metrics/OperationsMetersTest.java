package se.digitalalas.ops.metrics;

import static org.assertj.core.api.Assertions.*;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.digitalalas.registry.message.ChannelBacklog;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.security.StaffGroup;

/** The gauges show the counted figures, one per group and per channel, labelled by id only. */
class OperationsMetersTest {

  private static final OperationsFigures FIGURES = new OperationsFigures(
      Map.of(StaffGroup.MONTOR, new GroupTasks(7, 2), StaffGroup.LARMHANDLAGGARE, new GroupTasks(3, 0)),
      4,
      Map.of(MessageChannel.TUNSTALL_ORDER, new ChannelBacklog(5, 1)),
      new JobBacklog(12, Duration.ofMillis(90_500), 3));

  @Test
  void eachFigureIsAGauge() {
    MeterRegistry registry = bound(FIGURES);

    assertThat(value(registry, OperationsMeters.TASKS_OPEN, "group", "montor")).isEqualTo(7);
    assertThat(value(registry, OperationsMeters.TASKS_OVERDUE, "group", "montor")).isEqualTo(2);
    assertThat(value(registry, OperationsMeters.TASKS_OPEN, "group", "larmhandlaggare")).isEqualTo(3);
    assertThat(value(registry, OperationsMeters.TASKS_OPEN, "group", "enhetschef")).isZero();
    assertThat(registry.get(OperationsMeters.REMOVALS_OVERDUE).gauge().value()).isEqualTo(4);
    assertThat(value(registry, OperationsMeters.OUTBOX_UNSENT, "channel", "TUNSTALL_ORDER")).isEqualTo(5);
    assertThat(value(registry, OperationsMeters.OUTBOX_FAILED, "channel", "TUNSTALL_ORDER")).isEqualTo(1);
    assertThat(value(registry, OperationsMeters.OUTBOX_UNSENT, "channel", "DIGITALA_LAS_MAIL")).isZero();
    assertThat(registry.get(OperationsMeters.JOBS_DUE).gauge().value()).isEqualTo(12);
    assertThat(registry.get(OperationsMeters.JOBS_LONGEST_WAIT).gauge().value()).isEqualTo(90.5);
    assertThat(registry.get(OperationsMeters.JOBS_WITHOUT_RETRIES).gauge().value()).isEqualTo(3);
  }

  @Test
  void everyGroupAndChannelHasItsGaugeAndNoOtherLabelExists() {
    MeterRegistry registry = bound(FIGURES);

    assertThat(registry.find(OperationsMeters.TASKS_OPEN).gauges()).hasSize(StaffGroup.values().length);
    assertThat(registry.find(OperationsMeters.OUTBOX_FAILED).gauges()).hasSize(MessageChannel.values().length);
    Set<String> labels = registry.getMeters().stream()
        .flatMap(meter -> meter.getId().getTags().stream())
        .map(tag -> tag.getKey())
        .collect(Collectors.toSet());
    assertThat(labels).containsExactlyInAnyOrder("group", "channel");
  }

  @Test
  void withoutACountEveryGaugeReadsNaN() {
    MeterRegistry registry = new SimpleMeterRegistry();
    new OperationsMeters(new RecentOperationsFigures(() -> {
      throw new IllegalStateException("the database is away");
    }, Duration.ofSeconds(10), Clock.systemUTC())).bindTo(registry);

    assertThat(registry.getMeters()).isNotEmpty().allSatisfy(meter -> assertThat(gaugeValue(meter)).isNaN());
  }

  private static MeterRegistry bound(OperationsFigures figures) {
    MeterRegistry registry = new SimpleMeterRegistry();
    new OperationsMeters(new RecentOperationsFigures(() -> figures, Duration.ofSeconds(10), Clock.systemUTC()))
        .bindTo(registry);
    return registry;
  }

  private static double value(MeterRegistry registry, String name, String tag, String value) {
    return registry.get(name).tag(tag, value).gauge().value();
  }

  private static double gaugeValue(Meter meter) {
    return meter.measure().iterator().next().getValue();
  }
}
