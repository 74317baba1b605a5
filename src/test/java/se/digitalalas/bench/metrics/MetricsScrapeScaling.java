package se.digitalalas.bench.metrics;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import se.digitalalas.DigitalaLasApplication;
import se.digitalalas.bench.TargetJvm;
import se.digitalalas.ops.metrics.GroupTasks;
import se.digitalalas.security.StaffGroup;

/**
 * What a Prometheus scrape of the operations figures costs against the number of open tasks: for
 * each size in bench.metrics.sizes, a fresh embedded PostgreSQL seeded through the engine's API
 * (in batches of one transaction each) with that many open tasks spread over the staff groups,
 * half of them overdue, one removal in a hundred past its deadline, a timer job for every tenth
 * task and as many SENT messages kept as history; then the service on it in its own JVM
 * (digitalalas.metrics.refresh PT1S) and bench.metrics.repeats pairs of scrapes, after a pause
 * longer than the refresh: the first counts, the second right after it reads the last count. The
 * first pair is not timed. Every scrape is checked against what was seeded.
 */
public final class MetricsScrapeScaling {

  private static final String PROMETHEUS = "/actuator/prometheus";
  private static final String ADMIN = "anna";
  private static final String PASSWORD = "demo";
  private static final Duration REFRESH = Duration.ofSeconds(1);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MetricsScrapeScaling() {
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.metrics.sizes", "1000,100000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    int repeats = Integer.getInteger("bench.metrics.repeats", 15);
    List<String> rows = new ArrayList<>();
    rows.add("| open tasks | scrape that counts p50 / p95 | scrape of the last count p50 / p95 | load average |");
    rows.add("|---|---|---|---|");
    for (int size : sizes) {
      rows.add(measure(size, repeats));
      System.out.println(rows.get(rows.size() - 1));
    }
    String table = String.join("\n", rows) + "\n";
    Path out = Path.of("target", "benchmark", "metrics.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    System.out.println();
    System.out.print(table);
  }

  private static String measure(int size, int repeats) throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = database.getPostgresDatabase();
      Map<StaffGroup, GroupTasks> expected = CityScaleSeed.tasks(dataSource, size);
      Path log = Path.of("target", "benchmark", "metrics-service-" + size + ".log");
      Files.createDirectories(log.getParent());
      try (TargetJvm service = TargetJvm.start(DigitalaLasApplication.class, MetricsScrapeScaling.class,
          List.of("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
              "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
              "--digitalalas.metrics.refresh=" + REFRESH),
          Map.of(), log)) {
        CityScaleSeed.outbox(dataSource, size);
        CityScaleSeed.execute(dataSource, "analyze");
        Supplier<String> scrape = () -> checked(scrape(service.port()), expected, size);
        List<Double> counting = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        for (int i = 0; i <= repeats; i++) {
          sleep(REFRESH.plusMillis(200));
          double counted = timed(scrape);
          double read = timed(scrape);
          if (i > 0) {
            counting.add(counted);
            cached.add(read);
          }
        }
        return "| " + size + " | " + percentiles(counting) + " | " + percentiles(cached) + " | " + loadAverage() + " |";
      }
    }
  }

  private static String checked(String scrape, Map<StaffGroup, GroupTasks> expected, int size) {
    for (Map.Entry<StaffGroup, GroupTasks> group : expected.entrySet()) {
      String label = "group=\"" + group.getKey().id() + "\"";
      expect(scrape, "digitalalas_tasks_open", label, group.getValue().open());
      expect(scrape, "digitalalas_tasks_overdue", label, group.getValue().overdue());
    }
    expect(scrape, "digitalalas_removals_overdue", null, CityScaleSeed.removals(size));
    expect(scrape, "digitalalas_outbox_unsent", "channel=\"LINDESK_TICKET\"", 50);
    expect(scrape, "digitalalas_outbox_failed", "channel=\"LINDESK_TICKET\"", 5);
    return scrape;
  }

  private static void expect(String scrape, String metric, String label, long value) {
    Pattern sample = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
    Matcher matcher = sample.matcher(scrape);
    while (matcher.find()) {
      if (label == null || (matcher.group(1) != null && matcher.group(1).contains(label))) {
        double found = Double.parseDouble(matcher.group(2));
        if (found != value) {
          throw new IllegalStateException(metric + " " + label + " is " + found + ", seeded " + value);
        }
        return;
      }
    }
    throw new IllegalStateException("No " + metric + " " + label + " in the scrape");
  }

  private static String scrape(int port) {
    String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROMETHEUS))
        .header("Authorization", "Basic " + basic).GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("The scrape answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double timed(Supplier<String> scrape) {
    long start = System.nanoTime();
    scrape.get();
    return (System.nanoTime() - start) / 1e6;
  }

  private static String percentiles(List<Double> millis) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format("%.0f / %.0f ms", percentile(sorted, 50), percentile(sorted, 95));
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double percentile(List<Double> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
