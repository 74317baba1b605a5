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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.flywaydb.core.Flyway;
import se.digitalalas.DigitalaLasApplication;
import se.digitalalas.bench.TargetJvm;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
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
  private static final int BATCH = 500;
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
      Map<StaffGroup, long[]> expected = seed(dataSource, size);
      Path log = Path.of("target", "benchmark", "metrics-service-" + size + ".log");
      Files.createDirectories(log.getParent());
      try (TargetJvm service = TargetJvm.start(DigitalaLasApplication.class, MetricsScrapeScaling.class,
          List.of("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
              "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
              "--digitalalas.metrics.refresh=" + REFRESH),
          Map.of(), log)) {
        seedOutbox(dataSource, size);
        execute(dataSource, "analyze");
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

  /**
   * The engine's own rows first: one task of each of 22 processes (each staff group's, due in the
   * past or in 2099), the removals past their deadline (one per hundred tasks) and a timer job.
   * The rest of the open tasks and of the timers (one per ten tasks) are copies of those rows,
   * made by one INSERT ... SELECT each: the engine through its API needs about 20 ms a task on
   * this machine, 100,000 would take half an hour. A copy has the row and the candidate-group
   * link the engine writes, without an execution (as a standalone task). Returns each group's
   * open and overdue tasks as seeded.
   */
  private static Map<StaffGroup, long[]> seed(DataSource dataSource, int size) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/registry").load().migrate();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    // the service's level: the engine refuses a database created with another
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setEnforceHistoryTimeToLive(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    StaffGroup[] groups = StaffGroup.values();
    try {
      RuntimeService runtime = engine.getRuntimeService();
      for (StaffGroup group : groups) {
        for (boolean overdue : new boolean[] {true, false}) {
          String key = "bench-" + group.id() + (overdue ? "-overdue" : "-due-later");
          deploy(engine, task(key, group, overdue ? "2020-01-01T00:00:00" : "2099-01-01T00:00:00"));
          runtime.startProcessInstanceByKey(key);
        }
      }
      deploy(engine, Bpmn.createExecutableProcess("bench-removal").startEvent()
          .userTask(LasNedmontering.TASK_BOKA_NEDMONTERING).camundaCandidateGroups(StaffGroup.MONTOR.id())
          .endEvent().done());
      deploy(engine, Bpmn.createExecutableProcess("bench-timer").startEvent()
          .intermediateCatchEvent("Event_Senare").timerWithDate("2099-01-01T00:00:00").endEvent().done());
      runtime.startProcessInstanceByKey("bench-timer");
      int removals = (size + 99) / 100;
      for (int from = 0; from < removals; from += BATCH) {
        int count = Math.min(BATCH, removals - from);
        configuration.getCommandExecutorTxRequired().execute(context -> {
          for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("bench-removal",
                Map.of("nedmonteringSenast", Date.from(Instant.parse("2026-01-01T00:00:00Z"))));
          }
          return null;
        });
      }
    } finally {
      engine.close();
    }
    int templates = groups.length * 2;
    int copies = Math.max(0, size - templates);
    execute(dataSource, """
        create table seed_template as
        select row_number() over (order by PROC_DEF_ID_) - 1 as k, ID_ as task_id, PROC_DEF_ID_ as definition
        from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_Uppgift'""");
    execute(dataSource, """
        insert into ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, PROC_DEF_ID_, PRIORITY_, CREATE_TIME_,
          LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_)
        select 'seed-' || g.n, 1, t.NAME_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.PRIORITY_, t.CREATE_TIME_,
          t.LAST_UPDATED_, t.DUE_DATE_, t.SUSPENSION_STATE_
        from generate_series(1, %d) g(n)
        join seed_template s on s.k = g.n %% %d
        join ACT_RU_TASK t on t.ID_ = s.task_id""".formatted(copies, templates));
    execute(dataSource, """
        insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
        select 'seed-link-' || g.n, 1, l.GROUP_ID_, l.TYPE_, 'seed-' || g.n
        from generate_series(1, %d) g(n)
        join seed_template s on s.k = g.n %% %d
        join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = s.task_id and l.TYPE_ = 'candidate'""".formatted(copies, templates));
    execute(dataSource, """
        insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, PROCESS_DEF_ID_, PROCESS_DEF_KEY_, RETRIES_, DUEDATE_,
          HANDLER_TYPE_, HANDLER_CFG_, DEPLOYMENT_ID_, SUSPENSION_STATE_, JOB_DEF_ID_, PRIORITY_, CREATE_TIME_)
        select 'seed-job-' || g.n, 1, j.TYPE_, j.EXCLUSIVE_, j.PROCESS_DEF_ID_, j.PROCESS_DEF_KEY_, j.RETRIES_,
          j.DUEDATE_, j.HANDLER_TYPE_, j.HANDLER_CFG_, j.DEPLOYMENT_ID_, j.SUSPENSION_STATE_, j.JOB_DEF_ID_,
          j.PRIORITY_, j.CREATE_TIME_
        from generate_series(1, %d) g(n)
        cross join (select * from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'bench-timer') j""".formatted(size / 10));
    Map<StaffGroup, long[]> expected = new EnumMap<>(StaffGroup.class);
    for (StaffGroup group : groups) {
      expected.put(group, new long[2]);
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet templateRows = statement.executeQuery("select k, definition from seed_template")) {
      while (templateRows.next()) {
        int k = templateRows.getInt("k");
        String definition = templateRows.getString("definition");
        // the template and its copies: n in 1..copies with n mod templates = k
        long tasks = 1 + copies / templates + (k != 0 && k <= copies % templates ? 1 : 0);
        StaffGroup group = Arrays.stream(groups)
            .filter(g -> definition.startsWith("bench-" + g.id() + "-overdue:")
                || definition.startsWith("bench-" + g.id() + "-due-later:"))
            .findFirst().orElseThrow();
        expected.get(group)[0] += tasks;
        if (definition.startsWith("bench-" + group.id() + "-overdue:")) {
          expected.get(group)[1] += tasks;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    expected.get(StaffGroup.MONTOR)[0] += (size + 99) / 100;
    execute(dataSource, "drop table seed_template");
    return expected;
  }

  private static BpmnModelInstance task(String key, StaffGroup group, String due) {
    return Bpmn.createExecutableProcess(key).startEvent()
        .userTask("Task_Uppgift").camundaCandidateGroups(group.id()).camundaDueDate(due)
        .endEvent().done();
  }

  private static void deploy(ProcessEngine engine, BpmnModelInstance model) {
    String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
  }

  /** SENT messages as history, one per open task, and 50 unsent and 5 FAILED Lindesk tickets. */
  private static void seedOutbox(DataSource dataSource, int size) {
    String insert = """
        insert into outgoing_message (brukare_id, channel, recipient, subject, body, state, created_at, sent_at)
        select (select min(id) from brukare), '%s', 'a@kommun.example', 'Ämne', repeat('Text ', 100), '%s',
          current_timestamp, %s
        from generate_series(1, %d)""";
    execute(dataSource, insert.formatted("DIGITALA_LAS_MAIL", "SENT", "current_timestamp", size));
    execute(dataSource, insert.formatted("LINDESK_TICKET", "PENDING", "null", 50));
    execute(dataSource, insert.formatted("LINDESK_TICKET", "FAILED", "null", 5));
  }

  private static String checked(String scrape, Map<StaffGroup, long[]> expected, int size) {
    for (Map.Entry<StaffGroup, long[]> group : expected.entrySet()) {
      String label = "group=\"" + group.getKey().id() + "\"";
      expect(scrape, "digitalalas_tasks_open", label, group.getValue()[0]);
      expect(scrape, "digitalalas_tasks_overdue", label, group.getValue()[1]);
    }
    expect(scrape, "digitalalas_removals_overdue", null, (size + 99) / 100);
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

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
