package se.digitalalas.ops.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.digitalalas.security.StaffGroup;

/**
 * Open tasks per staff group, overdue ones among them, in one grouped count over the engine's
 * candidate-group links (indexed by group). A task offered to two groups counts for both; a
 * claimed task stays its group's until it is completed. No task is read, so nothing is logged
 * as an access to a brukare's record, and the count does not depend on who asks.
 */
@Component
class OpenTaskCounts {

  private static final Map<String, StaffGroup> BY_ID = Arrays.stream(StaffGroup.values())
      .collect(Collectors.toUnmodifiableMap(StaffGroup::id, Function.identity()));

  private final JdbcClient jdbc;

  OpenTaskCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<StaffGroup, GroupTasks> at(Instant now) {
    Map<StaffGroup, GroupTasks> counts = new EnumMap<>(StaffGroup.class);
    for (StaffGroup group : StaffGroup.values()) {
      counts.put(group, GroupTasks.NONE);
    }
    jdbc.sql("""
            select l.GROUP_ID_ as group_id, count(*) as open_tasks,
              sum(case when t.DUE_DATE_ < :now then 1 else 0 end) as overdue_tasks
            from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_
            where l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)
            group by l.GROUP_ID_""")
        .param("now", Timestamp.from(now))
        .param("groups", BY_ID.keySet())
        .query(row -> {
          counts.put(BY_ID.get(row.getString("group_id")),
              new GroupTasks(row.getLong("open_tasks"), row.getLong("overdue_tasks")));
        });
    return counts;
  }
}
