package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;

/** {@link RegistryDatabaseTest} on in-memory H2. */
@RegistryTest.OnH2
class RegistryDatabaseOnH2Test extends RegistryDatabaseTest {

  @Autowired
  DataSource dataSource;

  @Test
  void runsOnInMemoryH2() throws Exception {
    assertThat(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName))
        .isEqualTo("H2");
    assertThat(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL))
        .startsWith("jdbc:h2:mem:");
  }
}
