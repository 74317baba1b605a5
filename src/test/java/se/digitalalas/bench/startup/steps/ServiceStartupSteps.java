package se.digitalalas.bench.startup.steps;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import se.digitalalas.DigitalaLasApplication;

/**
 * The service started with Spring's BufferingApplicationStartup, in a JVM of its own on the
 * service's class path (this package is copied in front of it): prints the steps that took the
 * longest, by their own time (less that of the steps inside them), the time to the end of
 * {@code SpringApplication.run} (the runners included), the process's CPU time at "Started" and
 * after the runners, and exits.
 */
public final class ServiceStartupSteps {

  private static final int SHOWN = 30;

  private ServiceStartupSteps() {
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    SpringApplication application = new SpringApplication(DigitalaLasApplication.class);
    application.setApplicationStartup(startup);
    AtomicLong cpuAtStarted = new AtomicLong();
    application.addListeners((ApplicationListener<ApplicationStartedEvent>) started -> cpuAtStarted.set(cpuNanos()));
    ConfigurableApplicationContext context = application.run(args);
    Duration run = Duration.ofNanos(System.nanoTime() - start);
    long cpuAtReady = cpuNanos();
    List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    Map<Long, Duration> inner = new HashMap<>();
    for (TimelineEvent event : events) {
      Long parent = event.getStartupStep().getParentId();
      if (parent != null) {
        inner.merge(parent, event.getDuration(), Duration::plus);
      }
    }
    System.out.println("[steps] SpringApplication.run, runners included: " + run.toMillis() + " ms");
    System.out.println(String.format(Locale.ROOT, "[steps] CPU time of the process: %.1f s at \"Started\", %.1f s once"
        + " the runners are done", cpuAtStarted.get() / 1e9, cpuAtReady / 1e9));
    System.out.println("[steps] own ms | total ms | step");
    events.stream()
        .sorted((a, b) -> own(b, inner).compareTo(own(a, inner)))
        .limit(SHOWN)
        .forEach(event -> System.out.println(String.format(Locale.ROOT, "[steps] %6d | %6d | %s %s",
            own(event, inner).toMillis(), event.getDuration().toMillis(), event.getStartupStep().getName(),
            tags(event.getStartupStep()))));
    context.close();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Duration own(TimelineEvent event, Map<Long, Duration> inner) {
    return event.getDuration().minus(inner.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
  }

  private static String tags(StartupStep step) {
    return StreamSupport.stream(step.getTags().spliterator(), false)
        .map(tag -> tag.getKey() + "=" + tag.getValue())
        .collect(Collectors.joining(", "));
  }
}
