package se.digitalalas.bench.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.flywaydb.core.Flyway;
import se.digitalalas.ops.metrics.GroupTasks;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.security.StaffGroup;

/** The rows a city's service has: open tasks, removals past their deadline, timers, sent messages. */
final class CityScaleSeed {

  private static final int BATCH = 500;

  private CityScaleSeed() {
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
  static Map<StaffGroup, GroupTasks> tasks(DataSource dataSource, int size) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/registry").load().migrate();
    Map<String, Template> templates = engineRows(dataSource, size);
    int copies = Math.max(0, size - templates.size());
    execute(dataSource, """
        create table seed_template as
        select row_number() over (order by t.ID_) - 1 as k, t.ID_ as task_id, d.KEY_ as process_key
        from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        where t.TASK_DEF_KEY_ = 'Task_Uppgift'""");
    copyRows(dataSource, copies, templates.size(), size / 10);
    Map<StaffGroup, GroupTasks> seeded = seeded(dataSource, templates, copies, removals(size));
    execute(dataSource, "drop table seed_template");
    return seeded;
  }

  /** Which group a template task is for, and whether it is overdue. */
  private record Template(StaffGroup group, boolean overdue) {
  }

  private static Map<String, Template> engineRows(DataSource dataSource, int size) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    // the service's level: the engine refuses a database created with another
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setEnforceHistoryTimeToLive(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    Map<String, Template> templates = new HashMap<>();
    try {
      RuntimeService runtime = engine.getRuntimeService();
      for (StaffGroup group : StaffGroup.values()) {
        for (boolean overdue : new boolean[] {true, false}) {
          String key = "bench-" + group.id() + (overdue ? "-overdue" : "-due-later");
          deploy(engine, Bpmn.createExecutableProcess(key).startEvent()
              .userTask("Task_Uppgift").camundaCandidateGroups(group.id())
              .camundaDueDate(overdue ? "2020-01-01T00:00:00" : "2099-01-01T00:00:00")
              .endEvent().done());
          runtime.startProcessInstanceByKey(key);
          templates.put(key, new Template(group, overdue));
        }
      }
      deploy(engine, Bpmn.createExecutableProcess("bench-removal").startEvent()
          .userTask(LasNedmontering.TASK_BOKA_NEDMONTERING).camundaCandidateGroups(StaffGroup.MONTOR.id())
          .endEvent().done());
      deploy(engine, Bpmn.createExecutableProcess("bench-timer").startEvent()
          .intermediateCatchEvent("Event_Senare").timerWithDate("2099-01-01T00:00:00").endEvent().done());
      runtime.startProcessInstanceByKey("bench-timer");
      for (int from = 0; from < removals(size); from += BATCH) {
        int count = Math.min(BATCH, removals(size) - from);
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
    return templates;
  }

  /** Copy n (1..copies) is of template n mod templates; the timer job is copied timers times. */
  private static void copyRows(DataSource dataSource, int copies, int templates, int timers) {
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
        cross join (select * from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'bench-timer') j""".formatted(timers));
  }

  /** Each template counts once and once per copy; the removals are the montör's, not overdue. */
  private static Map<StaffGroup, GroupTasks> seeded(DataSource dataSource, Map<String, Template> templates,
      int copies, int removals) {
    int count = templates.size();
    Map<StaffGroup, long[]> seeded = new EnumMap<>(StaffGroup.class);
    for (StaffGroup group : StaffGroup.values()) {
      seeded.put(group, new long[2]);
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select k, process_key from seed_template")) {
      while (rows.next()) {
        int k = rows.getInt("k");
        long tasks = 1 + copies / count + (k != 0 && k <= copies % count ? 1 : 0);
        Template template = templates.get(rows.getString("process_key"));
        seeded.get(template.group())[0] += tasks;
        if (template.overdue()) {
          seeded.get(template.group())[1] += tasks;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    seeded.get(StaffGroup.MONTOR)[0] += removals;
    Map<StaffGroup, GroupTasks> tasks = new EnumMap<>(StaffGroup.class);
    seeded.forEach((group, counts) -> tasks.put(group, new GroupTasks(counts[0], counts[1])));
    return tasks;
  }

  private static void deploy(ProcessEngine engine, BpmnModelInstance model) {
    String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
  }

  /** SENT messages as history, one per open task, and 50 unsent and 5 FAILED Lindesk tickets. */
  static void outbox(DataSource dataSource, int size) {
    String insert = """
        insert into outgoing_message (brukare_id, channel, recipient, subject, body, state, created_at, sent_at)
        select (select min(id) from brukare), '%s', 'a@kommun.example', 'Ämne', repeat('Text ', 100), '%s',
          current_timestamp, %s
        from generate_series(1, %d)""";
    execute(dataSource, insert.formatted("DIGITALA_LAS_MAIL", "SENT", "current_timestamp", size));
    execute(dataSource, insert.formatted("LINDESK_TICKET", "PENDING", "null", 50));
    execute(dataSource, insert.formatted("LINDESK_TICKET", "FAILED", "null", 5));
  }

  /** One removal past its deadline per hundred open tasks. */
  static int removals(int size) {
    return (size + 99) / 100;
  }

  static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
