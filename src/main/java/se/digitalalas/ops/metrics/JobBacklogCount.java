package se.digitalalas.ops.metrics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job executor's backlog in one count over the engine's jobs, with the conditions of its own
 * acquisition: retries left, not suspended, due (or without a due date), no lock or an expired one.
 */
@Component
class JobBacklogCount {

  private static final String ACQUIRABLE = """
      RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= :now)
      and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < :now)""";

  private final JdbcClient jdbc;

  JobBacklogCount(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  JobBacklog at(Instant now) {
    return jdbc.sql("select coalesce(sum(case when " + ACQUIRABLE + " then 1 else 0 end), 0) as due,"
            + " min(case when " + ACQUIRABLE + " then coalesce(DUEDATE_, CREATE_TIME_) end) as oldest,"
            + " coalesce(sum(case when RETRIES_ = 0 then 1 else 0 end), 0) as without_retries"
            + " from ACT_RU_JOB")
        .param("now", Timestamp.from(now))
        .query((row, number) -> {
          Timestamp oldest = row.getTimestamp("oldest");
          Duration wait = oldest == null || oldest.toInstant().isAfter(now)
              ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
          return new JobBacklog(row.getLong("due"), wait, row.getLong("without_retries"));
        })
        .single();
  }
}
