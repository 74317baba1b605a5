package se.digitalalas.bench.tasklist;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import se.digitalalas.security.TaskQueryAuthorization;

/**
 * How Tasklist's three queries grow with the number of open tasks, with authorization on: the
 * engine alone on an embedded PostgreSQL, tasks spread over four candidate groups as the service
 * creates them (one authorization row per task and group), queried as a member of one group: the
 * filter's count, its first page of 15 by creation time, and the plain task count. For each
 * value of the engine's authorizationCheckRevokes in bench.tasklist.revokes and each size in
 * bench.tasklist.sizes, a fresh database; p50 and p95 of bench.tasklist.repeats runs. Every run
 * checks that the member sees exactly their group's tasks. bench.tasklist.cmmn=false turns
 * cmmnEnabled and standaloneTasksEnabled off (Camunda's advice for the task query).
 */
public final class TaskQueryScaling {

  private static final List<String> GROUPS = java.util.stream.IntStream.rangeClosed(1, Integer.getInteger("bench.tasklist.groups", 4))
      .mapToObj(i -> "g" + i).toList();

  private TaskQueryScaling() {
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.tasklist.sizes", "1000,4000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    List<String> modes = Arrays.stream(System.getProperty("bench.tasklist.revokes", "auto,always").split(","))
        .map(String::strip).toList();
    int repeats = Integer.getInteger("bench.tasklist.repeats", 15);
    List<String> sqls = Arrays.stream(System.getProperty("bench.tasklist.sql", "engine,service").split(","))
        .map(String::strip).toList();
    List<String> rows = new ArrayList<>();
    rows.add("| task query SQL | authorizationCheckRevokes | open tasks | filter count p50 / p95 |"
        + " filter list (15) p50 / p95 | task count p50 / p95 |");
    rows.add("|---|---|---|---|---|---|");
    for (String sql : sqls) {
      for (String mode : modes) {
        for (int size : sizes) {
          rows.add(measure(sql, mode, size, repeats));
          System.out.println(rows.get(rows.size() - 1));
        }
      }
    }
    String table = String.join("\n", rows) + "\n";
    Path out = Path.of("target", "benchmark", "tasklist.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    System.out.println();
    System.out.print(table);
  }

  private static String measure(String sql, String mode, int size, int repeats) throws IOException, Exception {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (Boolean.getBoolean("bench.tasklist.explain")) {
      builder.setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", "20")
          .setServerConfig("auto_explain.log_analyze", "on")
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(Path.of("target", "benchmark", "pg-explain.log").toFile()));
      Files.createDirectories(Path.of("target", "benchmark"));
    }
    try (EmbeddedPostgres database = builder.start()) {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
          ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
      configuration.setDataSource(database.getPostgresDatabase());
      configuration.setDatabaseSchemaUpdate("true");
      configuration.setAuthorizationEnabled(true);
      configuration.setAuthorizationCheckRevokes(mode);
      if ("service".equals(sql)) {
        configuration.getProcessEnginePlugins().add(new TaskQueryAuthorization());
      } else if (!"engine".equals(sql)) {
        throw new IllegalArgumentException("bench.tasklist.sql: engine or service, not " + sql);
      }
      boolean cmmnAndStandalone = Boolean.parseBoolean(System.getProperty("bench.tasklist.cmmn", "true"));
      configuration.setCmmnEnabled(cmmnAndStandalone);
      configuration.setStandaloneTasksEnabled(cmmnAndStandalone);
      configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
      configuration.setJobExecutorActivate(false);
      configuration.setHistory("none");
      configuration.setEnforceHistoryTimeToLive(false);
      ProcessEngine engine = configuration.buildProcessEngine();
      try {
        seed(engine, size);
        try (Connection connection = database.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("analyze");
        }
        engine.getIdentityService().setAuthentication("member", List.of("g1"));
        long visible = size / GROUPS.size();
        String count = timed(repeats, () -> expect(visible,
            filterQuery(engine).count()));
        String list = timed(repeats, () -> expect(15,
            filterQuery(engine).listPage(0, 15).size()));
        String plain = timed(repeats, () -> expect(visible, engine.getTaskService().createTaskQuery().count()));
        return "| " + sql + " | " + mode + " | " + size + " | " + count + " | " + list + " | " + plain + " |";
      } finally {
        engine.close();
      }
    }
  }

  /** The query of the service's Tasklist filter for a group (process.tasklist.TasklistFilters). */
  private static org.camunda.bpm.engine.task.TaskQuery filterQuery(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroup("g1").includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private static void seed(ProcessEngine engine, int size) {
    for (String group : GROUPS) {
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
    long start = System.nanoTime();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (int from = 0; from < size; from += 500) {
      int first = from;
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = first; i < Math.min(size, first + 500); i++) {
          engine.getRuntimeService().startProcessInstanceByKey("p-" + GROUPS.get(i % GROUPS.size()));
        }
        return null;
      });
    }
    System.out.printf("seeded %d in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
  }

  private static long expect(long expected, long actual) {
    if (actual != expected) {
      throw new IllegalStateException("the member saw " + actual + " tasks, not " + expected);
    }
    return actual;
  }

  private static String timed(int repeats, LongSupplier query) {
    query.getAsLong();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      query.getAsLong();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return String.format("%.0f / %.0f ms", percentile(millis, 50), percentile(millis, 95));
  }

  private static double percentile(List<Double> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
