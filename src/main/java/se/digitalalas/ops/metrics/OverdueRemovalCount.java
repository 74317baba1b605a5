package se.digitalalas.ops.metrics;

import static se.digitalalas.routine.lasnedmontering.LasNedmontering.TASK_BOKA_NEDMONTERING;
import static se.digitalalas.routine.lasnedmontering.LasNedmontering.TASK_NEDMONTERA_LAS;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.digitalalas.process.variables.Contract;

/**
 * Locks still on the door after the Phoniro 14-day deadline (process.deadlines.RemovalDeadline):
 * las-nedmontering instances waiting for the removal to be booked or done whose
 * nedmonteringSenast has passed. One count; a date variable keeps its instant in LONG_.
 */
@Component
class OverdueRemovalCount {

  private static final List<String> LOCK_STILL_UP = List.of(TASK_BOKA_NEDMONTERING, TASK_NEDMONTERA_LAS);

  private final JdbcClient jdbc;

  OverdueRemovalCount(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long at(Instant now) {
    return jdbc.sql("""
            select count(distinct t.PROC_INST_ID_) from ACT_RU_TASK t
            join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = :deadline
            where t.TASK_DEF_KEY_ in (:tasks) and v.TYPE_ = 'date' and v.LONG_ < :now""")
        .param("deadline", Contract.NEDMONTERING_SENAST.name())
        .param("tasks", LOCK_STILL_UP)
        .param("now", now.toEpochMilli())
        .query(Long.class)
        .single();
  }
}
