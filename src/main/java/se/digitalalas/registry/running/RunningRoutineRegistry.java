package se.digitalalas.registry.running;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which routines run for which brukare. The schema allows one running routine per brukare and
 * process key; the database, not a query before the insert, decides which of two concurrent
 * starts wins.
 */
@Component
public class RunningRoutineRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public RunningRoutineRegistry(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Records the process instance as the brukare's running routine of this process; false (and
   * nothing written) when one is running already. The insert runs under a savepoint, so the
   * caller's transaction stays usable on PostgreSQL after the collision.
   */
  public boolean start(long brukareId, String processKey, String processInstanceId) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into running_routine (brukare_id, process_key, process_instance_id, started_at,
                running_brukare_id)
              values (:brukareId, :processKey, :processInstanceId, :now, :brukareId)""")
          .param("brukareId", brukareId)
          .param("processKey", processKey)
          .param("processInstanceId", processInstanceId)
          .param("now", LocalDateTime.now(clock))
          .update());
      return true;
    } catch (DuplicateKeyException alreadyRunning) {
      return false;
    }
  }

  /** The instance has ended, completed or deleted: its brukare may start the process again. */
  public void end(String processInstanceId) {
    jdbc.sql("""
            update running_routine set ended_at = :now, running_brukare_id = null
            where process_instance_id = :processInstanceId and ended_at is null""")
        .param("now", LocalDateTime.now(clock))
        .param("processInstanceId", processInstanceId)
        .update();
  }

  /** Of these process instances, those that have their row, running or ended. */
  public Set<String> recordedAmong(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
            select distinct process_instance_id from running_routine
            where process_instance_id in (:processInstanceIds)""")
        .param("processInstanceIds", processInstanceIds)
        .query(String.class)
        .list());
  }

  public boolean isRunning(long brukareId, String processKey) {
    return jdbc.sql("""
            select count(*) from running_routine
            where running_brukare_id = :brukareId and process_key = :processKey""")
        .param("brukareId", brukareId)
        .param("processKey", processKey)
        .query(Long.class)
        .single() > 0;
  }
}
