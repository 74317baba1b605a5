package se.digitalalas.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own on the test JVM's embedded PostgreSQL server
 * ({@link EmbeddedPostgresDatabase}), for a test that must not share the other tests' data.
 */
public final class EmbeddedPostgresDatabases {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private EmbeddedPostgresDatabases() {
  }

  /**
   * Creates the database with PostgreSQL's durable default {@code synchronous_commit = on}
   * (the embedded server turns it off for speed) and returns its JDBC URL.
   */
  public static String create(String name) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    String serverUrl = EmbeddedPostgresDatabase.jdbcUrl();
    try (Connection connection = DriverManager.getConnection(serverUrl, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
      statement.execute("ALTER DATABASE " + name + " SET synchronous_commit = on");
    } catch (SQLException e) {
      throw new IllegalStateException("Database " + name + " was not created", e);
    }
    return serverUrl.replaceFirst("/postgres\\?", "/" + name + "?");
  }

  public static String setting(String jdbcUrl, String name) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
        Statement statement = connection.createStatement();
        var result = statement.executeQuery("SELECT current_setting('" + name + "')")) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
