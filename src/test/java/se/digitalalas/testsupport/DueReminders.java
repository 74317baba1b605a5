package se.digitalalas.testsupport;

import static se.digitalalas.routine.lasnedmontering.LasNedmontering.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import se.digitalalas.process.variables.Contract;

/**
 * las-nedmontering's deadline reminder ({@code Event_PaminnelseNedmontering}, "3 dagar före sista
 * dag", which fires the user task {@code Task_PaminnelseNedmontering}) due at once in many
 * instances of a running service's PostgreSQL database: seeded through the engine's Java API in
 * this JVM (its job executor off), each instance started at {@code Task_BokaNedmontering} so that
 * the boundary timer waits, in batches of one transaction each, two at a time. The timer's job definition is
 * suspended while seeding, so no node fires a reminder before {@link #release()}; the instances of
 * one run carry the business key {@code <run>-<n>}. Counting is plain SQL on the same database.
 */
public final class DueReminders implements AutoCloseable {

  private static final int BATCH = 250;
  /** Batches seeded at once, each in a transaction of its own. */
  private static final int SEEDERS = 2;
  private static final String ENGINE_NAME = "due-reminders-seeding";

  private final ProcessEngine engine;
  private final String jobDefinitionId;

  private DueReminders(ProcessEngine engine) {
    this.engine = engine;
    this.jobDefinitionId = reminderJobDefinition(engine).getId();
  }

  /** On the database of a service that has started once (schema and models deployed). */
  public static DueReminders on(String jdbcUrl, String user, String password) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcMaxActiveConnections(5);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUTO);
    // the service's id generator (the starter's default): no contention on ACT_GE_PROPERTY
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setTaskMetricsEnabled(false);
    configuration.setEnforceHistoryTimeToLive(false);
    return new DueReminders(configuration.buildProcessEngine());
  }

  /** Seeds {@code count} instances whose reminder is due, not yet fired (the job definition suspended). */
  public void seed(String run, int count) {
    if (!run.matches("[a-z0-9]+")) {
      throw new IllegalArgumentException("Not a plain run name: " + run);
    }
    ManagementService management = engine.getManagementService();
    management.suspendJobDefinitionById(jobDefinitionId);
    RuntimeService runtime = engine.getRuntimeService();
    Instant now = Instant.now();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Contract.NEDMONTERING_PAMINNELSE.name(), Date.from(now.minus(Duration.ofMinutes(1))));
    variables.put(Contract.NEDMONTERING_SENAST.name(), Date.from(now.plus(Duration.ofDays(3))));
    variables.put(Contract.NEDMONTERING_ESKALERING.name(), Date.from(now.plus(Duration.ofDays(4))));
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService seeders = Executors.newFixedThreadPool(SEEDERS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < count; from += BATCH) {
        int first = from;
        int last = Math.min(count, from + BATCH);
        // the runtime service's commands join this command: one transaction per batch
        batches.add(seeders.submit(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
          for (int n = first; n < last; n++) {
            Map<String, Object> own = new HashMap<>(variables);
            own.put(Contract.NAMN.name(), "Brukare " + n);
            runtime.createProcessInstanceByKey(PROCESS_ID).businessKey(run + "-" + n).setVariables(own)
                .startBeforeActivity(TASK_BOKA_NEDMONTERING).execute();
          }
          return null;
        })));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Seeding " + run + " failed", e.getCause());
    } finally {
      seeders.shutdownNow();
    }
  }

  /** Lets the nodes fire every seeded reminder: one UPDATE of their jobs, committed on return. */
  public void release() {
    engine.getManagementService().updateJobDefinitionSuspensionState().byJobDefinitionId(jobDefinitionId)
        .includeJobs(true).activate();
  }

  /** Reminder jobs not yet fired, of every run. */
  public long jobsLeft() {
    return count("select count(*) from act_ru_job where job_def_id_ = ?", jobDefinitionId);
  }

  /** The reminder jobs locked now, by lock owner (a job executor, one per node). */
  public Map<String, String> lockedJobs() {
    Map<String, String> owners = new HashMap<>();
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
        "select id_, lock_owner_ from act_ru_job where job_def_id_ = ? and lock_owner_ is not null"
            + " and lock_exp_time_ > localtimestamp")) {
      statement.setString(1, jobDefinitionId);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          owners.put(result.getString(1), result.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return owners;
  }

  /**
   * Per node (the engine's hostname in the job log), how many of a run's reminder jobs it
   * executed successfully, and how many executions failed (and were retried).
   */
  public Map<String, long[]> executionsByNode(String run) {
    Map<String, long[]> byNode = new TreeMap<>();
    String sql = """
        select l.hostname_, count(*) filter (where l.job_state_ = 2), count(*) filter (where l.job_state_ = 1)
        from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
        where l.job_def_id_ = ? and p.business_key_ like ? group by l.hostname_""";
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, jobDefinitionId);
      statement.setString(2, run + "-%");
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          if (result.getLong(2) + result.getLong(3) > 0) {
            byNode.put(result.getString(1), new long[] {result.getLong(2), result.getLong(3)});
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return byNode;
  }

  /** Those of the jobs that are still there, not yet fired. */
  public Set<String> existing(Set<String> jobIds) {
    Set<String> existing = new HashSet<>();
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement("select id_ from act_ru_job where id_ = any(?)")) {
      statement.setArray(1, connection.createArrayOf("varchar", jobIds.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          existing.add(result.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return existing;
  }

  /** What the nodes did with a run's instances. */
  public Outcome outcome(String run) {
    String key = run + "-%";
    String perInstance = """
        select count(*),
               count(*) filter (where fired = 1), count(*) filter (where fired = 0), count(*) filter (where fired > 1),
               count(*) filter (where tasks = 1), count(*) filter (where tasks <> 1)
        from (select
                (select count(*) from act_hi_actinst a where a.proc_inst_id_ = p.id_ and a.act_id_ = ?) fired,
                (select count(*) from act_ru_task t where t.proc_inst_id_ = p.id_ and t.task_def_key_ = ?) tasks
              from act_hi_procinst p where p.business_key_ like ?) per_instance""";
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(perInstance)) {
      statement.setString(1, TASK_PAMINNELSE_NEDMONTERING);
      statement.setString(2, TASK_PAMINNELSE_NEDMONTERING);
      statement.setString(3, key);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return new Outcome(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
            result.getLong(5), result.getLong(6), jobsLeft(),
            count("select count(*) from act_ru_incident i join act_hi_procinst p on p.id_ = i.proc_inst_id_"
                + " where p.business_key_ like ?", key));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Per instance of a run: how often the reminder fired (its history entries of
   * Task_PaminnelseNedmontering), how many reminder tasks are open; the reminder jobs left
   * and the run's incidents.
   */
  public record Outcome(long instances, long firedOnce, long neverFired, long firedMoreThanOnce,
      long oneReminderTask, long notOneReminderTask, long jobsLeft, long incidents) {

    public boolean exactlyOnce() {
      return instances > 0 && firedOnce == instances && oneReminderTask == instances && jobsLeft == 0 && incidents == 0;
    }

    @Override
    public String toString() {
      return instances + " instances: fired once " + firedOnce + ", never " + neverFired + ", more than once "
          + firedMoreThanOnce + "; one reminder task " + oneReminderTask + ", not one " + notOneReminderTask
          + "; reminder jobs left " + jobsLeft + ", incidents " + incidents;
    }
  }

  private long count(String sql, String parameter) {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The seeding engine's own pool: the same database. */
  private Connection connect() throws SQLException {
    return engine.getProcessEngineConfiguration().getDataSource().getConnection();
  }

  private static JobDefinition reminderJobDefinition(ProcessEngine engine) {
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_ID).latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException(PROCESS_ID + " is not deployed: start the service once first");
    }
    return engine.getManagementService().createJobDefinitionQuery().processDefinitionId(latest.getId())
        .activityIdIn(EVENT_PAMINNELSE_NEDMONTERING).singleResult();
  }

  @Override
  public void close() {
    engine.close();
  }
}
