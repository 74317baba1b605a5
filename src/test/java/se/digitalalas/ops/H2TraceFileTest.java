package se.digitalalas.ops;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * H2 writes every SQLException it throws, stack and all, to a .trace.db file next to the
 * database, even those the caller expects: Spring's row mapping of a record asks for the
 * camelCase column first (findColumn("keyNumber")) and falls back to key_number, so one
 * GET /api/brukare/{id} added about 190 KB. The default profile's URL turns the file off.
 */
class H2TraceFileTest {

  @Test
  void theDefaultProfilesDatabaseWritesNoTraceFile(@TempDir Path dir) throws Exception {
    String url = defaultProfileUrl().replace("./data/", dir.toString() + "/");

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select 1 as key_number")) {
      rows.next();
      assertThatThrownBy(() -> rows.findColumn("keyNumber")).isInstanceOf(SQLException.class);
    }

    assertThat(dir.resolve("digitala-las.mv.db")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files).noneMatch(file -> file.getFileName().toString().endsWith(".trace.db"));
    }
  }

  private static String defaultProfileUrl() throws Exception {
    PropertySource<?> yaml = new YamlPropertySourceLoader()
        .load("default", new ClassPathResource("application-default.yml")).get(0);
    return (String) yaml.getProperty("spring.datasource.url");
  }
}
