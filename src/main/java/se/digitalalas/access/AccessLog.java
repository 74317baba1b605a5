package se.digitalalas.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log (table access_log, Flyway V6): who read or changed which brukare's record, when,
 * in which group, through which channel, and whether it was allowed. Append-only for the service:
 * the only statement besides insert and select is the retention purge of entries older than
 * digitalalas.access.retention ({@link #purgeBefore}). The application log gets none of it.
 */
@Component
public class AccessLog {

  static final int WHAT_LENGTH = 200;
  static final int GROUPS_LENGTH = 1000;
  private static final String COLUMNS =
      "id, accessed_at, user_id, group_ids, brukare_id, action, what, channel, allowed";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  public AccessLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A read, committed in its own transaction: a refused read stays logged whatever follows. */
  void read(Staff staff, Long brukareId, String what, AccessChannel channel, boolean allowed) {
    ownTransaction.executeWithoutResult(status ->
        insert(staff.userId(), staff.groupIds(), brukareId, AccessAction.READ, what, channel, allowed));
  }

  /** A change, in the caller's transaction: a change that rolls back leaves no entry. */
  void change(String userId, List<String> groupIds, long brukareId, String what, AccessChannel channel) {
    insert(userId, groupIds, brukareId, AccessAction.CHANGE, what, channel, true);
  }

  private void insert(String userId, List<String> groupIds, Long brukareId, AccessAction action,
      String what, AccessChannel channel, boolean allowed) {
    jdbc.sql("""
            insert into access_log (accessed_at, user_id, group_ids, brukare_id, action, what, channel, allowed)
            values (:at, :userId, :groupIds, :brukareId, :action, :what, :channel, :allowed)""")
        .param("at", LocalDateTime.now(clock))
        .param("userId", userId)
        .param("groupIds", cut(String.join(",", groupIds), GROUPS_LENGTH))
        .param("brukareId", brukareId)
        .param("action", action.name())
        .param("what", cut(what, WHAT_LENGTH))
        .param("channel", channel.name())
        .param("allowed", allowed)
        .update();
  }

  /** The entries the query selects, oldest first. */
  public List<AccessLogEntry> find(AccessLogQuery query) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from access_log where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.brukareId() != null) {
      sql.append(" and brukare_id = ?");
      params.add(query.brukareId());
    }
    if (query.userId() != null) {
      sql.append(" and user_id = ?");
      params.add(query.userId());
    }
    if (query.from() != null) {
      sql.append(" and accessed_at >= ?");
      params.add(query.from().atStartOfDay());
    }
    if (query.to() != null) {
      sql.append(" and accessed_at < ?");
      params.add(query.to().plusDays(1).atStartOfDay());
    }
    sql.append(" order by accessed_at, id");
    return jdbc.sql(sql.toString()).params(params).query(AccessLog::entry).list();
  }

  /** Deletes the entries logged before the cutoff; the retention purge, the only delete. */
  int purgeBefore(LocalDateTime cutoff) {
    return jdbc.sql("delete from access_log where accessed_at < :cutoff").param("cutoff", cutoff).update();
  }

  private static AccessLogEntry entry(ResultSet row, int number) throws SQLException {
    String groups = row.getString("group_ids");
    long brukareColumn = row.getLong("brukare_id");
    Long brukareId = row.wasNull() ? null : brukareColumn;
    return new AccessLogEntry(
        row.getLong("id"),
        row.getTimestamp("accessed_at").toLocalDateTime(),
        row.getString("user_id"),
        groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")),
        brukareId,
        AccessAction.valueOf(row.getString("action")),
        row.getString("what"),
        AccessChannel.valueOf(row.getString("channel")),
        row.getBoolean("allowed"));
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
