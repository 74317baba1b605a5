package se.digitalalas.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One embedded PostgreSQL server for both targets, a database each, with PostgreSQL's durable
 * defaults (the embedded server would turn synchronous_commit off) and pg_stat_statements loaded,
 * so that statements and transactions can be counted per database on the server itself, whatever
 * the JVM that sent them.
 */
public final class BenchDatabase implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";
  /**
   * How long a backend may keep its counts before it reports them to the server once it is idle:
   * PostgreSQL's PGSTAT_IDLE_INTERVAL (10 s), and a second more.
   */
  static final Duration REPORTING_DELAY = Duration.ofSeconds(11);

  private final EmbeddedPostgres server;

  private BenchDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  public static BenchDatabase start() {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder()
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("shared_preload_libraries", "pg_stat_statements")
          // planned statements only (SELECT, INSERT, UPDATE, DELETE), not BEGIN, COMMIT or SET
          .setServerConfig("pg_stat_statements.track", "top")
          .setServerConfig("pg_stat_statements.track_utility", "off")
          .setServerConfig("pg_stat_statements.max", "10000")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
    BenchDatabase database = new BenchDatabase(server);
    database.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    return database;
  }

  /** Creates the database and returns its JDBC URL. */
  public String create(String name) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    execute("CREATE DATABASE " + name);
    return server.getJdbcUrl(USER, name);
  }

  public String version() {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW server_version")) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the server has counted for the database so far: the calls of pg_stat_statements and
   * pg_stat_database's commits and rollbacks. pg_stat_statements counts at once; a backend reports
   * its transactions up to {@link #REPORTING_DELAY} after it went idle.
   */
  DatabaseCounters counters(String database) {
    String sql = """
        SELECT (SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s WHERE s.dbid = d.oid),
               (SELECT x.xact_commit + x.xact_rollback FROM pg_stat_database x WHERE x.datid = d.oid),
               (SELECT i.dealloc FROM pg_stat_statements_info i)
        FROM pg_database d WHERE d.datname = ?""";
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, database);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return new DatabaseCounters(result.getLong(1), result.getLong(2), result.getLong(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The server's own database, where the counters are read: not one of the targets'. */
  private Connection connect() throws SQLException {
    return DriverManager.getConnection(server.getJdbcUrl(USER, "postgres"), USER, PASSWORD);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
