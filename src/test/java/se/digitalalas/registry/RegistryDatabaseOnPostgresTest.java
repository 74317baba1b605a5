package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;

/** {@link RegistryDatabaseTest} on embedded PostgreSQL: proof that it is a real server. */
@RegistryTest.OnPostgres
class RegistryDatabaseOnPostgresTest extends RegistryDatabaseTest {

  @Autowired
  DataSource dataSource;

  @Test
  void runsOnARealPostgreSqlServer() throws Exception {
    assertThat(jdbc.sql("select version()").query(String.class).single())
        .startsWith("PostgreSQL 17.");
    assertThat(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL))
        .startsWith("jdbc:postgresql://localhost:");
  }
}
