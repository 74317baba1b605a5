package se.digitalalas.bench.tasklist;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import se.digitalalas.security.TaskQueryAuthorization;

/**
 * How Tasklist's three queries grow with the number of open tasks, with authorization on: the
 * engine alone on one embedded PostgreSQL, a database per size in bench.tasklist.sizes, the tasks
 * spread over bench.tasklist.groups candidate groups as the service creates them (one authorization
 * row per task and group), queried as a member of one group: the group filter's count and first
 * page of 15 (the service's filter: candidate group, assigned tasks too, by due date) and the plain
 * task count. Each variant in bench.tasklist.variants (task query SQL "service" with
 * {@link TaskQueryAuthorization} or "engine" as shipped, a slash, the engine's
 * authorizationCheckRevokes) is an engine of its own on every database. The runs are interleaved:
 * each of bench.tasklist.repeats rounds asks every variant on every size once, so a busy machine
 * slows all of them alike; p50 and p95 per cell, and each variant's p95 at the largest size over
 * its p95 at the smallest. Every run checks that the member sees exactly their group's tasks.
 */
public final class TaskQueryScaling {

  private static final String[] QUERIES = {"filter count", "filter list (15)", "task count"};

  private TaskQueryScaling() {
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = list("bench.tasklist.sizes", "1000,100000").stream().map(Integer::valueOf).toList();
    List<String> variants = list("bench.tasklist.variants", "service/always,engine/always");
    int groups = Integer.getInteger("bench.tasklist.groups", 10);
    int own = Integer.getInteger("bench.tasklist.own", 0);
    int repeats = Integer.getInteger("bench.tasklist.repeats", 30);
    Path out = Path.of("target", "benchmark", "tasklist.md");
    Files.createDirectories(out.getParent());
    List<ProcessEngine> engines = new ArrayList<>();
    try (EmbeddedPostgres server = server()) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (int size : sizes) {
        int visible = own > 0 ? Math.min(own, size) : size / groups;
        DataSource database = database(server, "tasks_" + size + "_in_" + groups + (own > 0 ? "_own_" + visible : ""));
        long start = System.nanoTime();
        ProcessEngine seeder = engine(database, "seed-" + size, "engine/auto");
        engines.add(seeder);
        if (seeder.getTaskService().createTaskQuery().count() != size) {
          seed(seeder, size, groups, visible);
          analyze(database);
          System.out.printf("seeded %d open tasks in %.0f s%n", size, (System.nanoTime() - start) / 1e9);
        }
        for (String variant : variants) {
          ProcessEngine engine = engine(database, variant.replace('/', '-') + "-" + size, variant);
          engines.add(engine);
          cells.put(variant + " " + size, new Cell(variant, size, engine, visible));
        }
      }
      cells.values().forEach(Cell::measureOnce);
      for (int round = 0; round < repeats; round++) {
        cells.values().forEach(Cell::measureOnce);
      }
      String table = table(cells, sizes, variants, groups, own, repeats);
      Files.writeString(out, table);
      System.out.println();
      System.out.print(table);
      // before the server stops
      engines.forEach(ProcessEngine::close);
    }
  }

  /** One variant on one size: its three queries' times. */
  private static final class Cell {
    private final String variant;
    private final int size;
    private final ProcessEngine engine;
    private final long visible;
    private final List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private boolean warm;

    Cell(String variant, int size, ProcessEngine engine, long visible) {
      this.variant = variant;
      this.size = size;
      this.engine = engine;
      this.visible = visible;
    }

    void measureOnce() {
      engine.getIdentityService().setAuthentication("member", List.of("g1"));
      try {
        time(0, () -> expect(visible, filter().count()));
        time(1, () -> expect(15, filter().listPage(0, 15).size()));
        time(2, () -> expect(visible, engine.getTaskService().createTaskQuery().count()));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      warm = true;
    }

    /** The query of the service's Tasklist filter for a group (process.tasklist.TasklistFilters). */
    private TaskQuery filter() {
      return engine.getTaskService().createTaskQuery().taskCandidateGroup("g1").includeAssignedTasks()
          .orderByDueDate().asc();
    }

    private void time(int query, LongSupplier run) {
      long start = System.nanoTime();
      run.getAsLong();
      if (warm) {
        millis.get(query).add((System.nanoTime() - start) / 1e6);
      }
    }

    double percentile(int query, int percent) {
      List<Double> sorted = new ArrayList<>(millis.get(query));
      Collections.sort(sorted);
      int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }
  }

  private static String table(Map<String, Cell> cells, List<Integer> sizes, List<String> variants, int groups,
      int own, int repeats) {
    StringBuilder table = new StringBuilder();
    table.append(String.format("%d candidate groups, the member's group has %s; %d interleaved rounds%n%n", groups,
        own > 0 ? own + " of the tasks, the other groups the rest" : "a " + groups + "-th of the tasks", repeats));
    table.append("| task query SQL / revokes | open tasks | filter count p50 / p95 | filter list (15) p50 / p95 |"
        + " task count p50 / p95 |\n|---|---|---|---|---|\n");
    for (String variant : variants) {
      for (int size : sizes) {
        Cell cell = cells.get(variant + " " + size);
        table.append("| ").append(variant).append(" | ").append(size);
        for (int query = 0; query < QUERIES.length; query++) {
          table.append(String.format(" | %.1f / %.1f ms", cell.percentile(query, 50), cell.percentile(query, 95)));
        }
        table.append(" |\n");
      }
      Cell smallest = cells.get(variant + " " + sizes.get(0));
      Cell largest = cells.get(variant + " " + sizes.get(sizes.size() - 1));
      table.append("| ").append(variant).append(" | p95 ").append(largest.size).append(" / ").append(smallest.size);
      for (int query = 0; query < QUERIES.length; query++) {
        table.append(String.format(" | %.1f×", largest.percentile(query, 95) / smallest.percentile(query, 95)));
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /**
   * With bench.tasklist.data a directory, the server keeps its databases there, and a later run
   * with the same sizes and groups measures them again without seeding.
   */
  private static EmbeddedPostgres server() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    String data = System.getProperty("bench.tasklist.data", "");
    if (!data.isBlank()) {
      builder.setDataDirectory(Path.of(data)).setCleanDataDirectory(false);
    }
    if (Boolean.getBoolean("bench.tasklist.explain")) {
      builder.setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", "20")
          .setServerConfig("auto_explain.log_analyze", "on")
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(Path.of("target", "benchmark", "pg-explain.log").toFile()));
    }
    return builder.start();
  }

  private static DataSource database(EmbeddedPostgres server, String name) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + name);
      }
    }
    return server.getDatabase("postgres", name);
  }

  private static void analyze(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }

  private static ProcessEngine engine(DataSource database, String name, String variant) {
    String[] parts = variant.split("/");
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(database);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setAuthorizationCheckRevokes(parts[1]);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setMetricsEnabled(false);
    configuration.setDbMetricsReporterActivate(false);
    if ("service".equals(parts[0])) {
      configuration.getProcessEnginePlugins().add(new TaskQueryAuthorization());
    } else if (!"engine".equals(parts[0])) {
      throw new IllegalArgumentException("bench.tasklist.variants: service/... or engine/..., not " + variant);
    }
    return configuration.buildProcessEngine();
  }

  /**
   * One process per group with a user task for the group, instances started 500 to a transaction:
   * the member's group g1 gets {@code visible} of them, the other groups the rest in turn.
   */
  private static void seed(ProcessEngine engine, int size, int groups, int visible) {
    List<String> keys = IntStream.rangeClosed(1, groups).mapToObj(i -> "g" + i).toList();
    for (String group : keys) {
      engine.getRepositoryService().createDeployment().addModelInstance("p-" + group + ".bpmn",
          Bpmn.createExecutableProcess("p-" + group).camundaHistoryTimeToLive(1).startEvent()
              .userTask("Task_Uppgift").camundaCandidateGroups(group).endEvent().done()).deploy();
      Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId("*");
      read.addPermission(Permissions.READ);
      engine.getAuthorizationService().saveAuthorization(read);
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (int from = 0; from < size; from += 500) {
      int first = from;
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = first; i < Math.min(size, first + 500); i++) {
          engine.getRuntimeService().startProcessInstanceByKey("p-" + group(i, size, groups, visible));
        }
        return null;
      });
    }
  }

  private static String group(int task, int size, int groups, int visible) {
    if (visible * groups == size) {
      return "g" + (task % groups + 1);
    }
    return task < visible ? "g1" : "g" + ((task - visible) % (groups - 1) + 2);
  }

  private static long expect(long expected, long actual) {
    if (actual != expected) {
      throw new IllegalStateException("the member saw " + actual + " tasks, not " + expected);
    }
    return actual;
  }

  private static List<String> list(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip).toList();
  }
}
