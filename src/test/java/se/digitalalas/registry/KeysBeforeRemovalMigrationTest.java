package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import java.sql.DatabaseMetaData;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * V4__removal.sql on a registry that already holds keys: each set registered before V4 is issued
 * to its holder and not returned. Runs Flyway on a schema of its own (created and dropped here),
 * outside the test transaction, so the registry of the other tests is untouched.
 */
@RegistryTest
abstract class KeysBeforeRemovalMigrationTest {

  private static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired
  DataSource dataSource;

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void keysRegisteredBeforeV4AreIssuedToTheirHolderAndNotReturned() throws Exception {
    String schema = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::storesUpperCaseIdentifiers)
        ? "V4_UPGRADE" : "v4_upgrade";
    Flyway atV3 = flyway(schema, "3");
    try {
      atV3.migrate();
      JdbcClient jdbc = JdbcClient.create(dataSource);
      long brukare = keysAsBeforeV4(jdbc);

      flyway(schema, "latest").migrate();

      List<Tuple> keys = jdbc.sql("""
              select key_number, holder, issued_to, returned_at from v4_upgrade.physical_key
              where brukare_id = :brukare order by key_number""")
          .param("brukare", brukare)
          .query((rs, row) -> tuple(rs.getString("key_number"), rs.getString("holder"),
              rs.getString("issued_to"), rs.getObject("returned_at")))
          .list();
      assertThat(keys).containsExactly(
              tuple("H-12", "HEMTJANST", "HEMTJANST", null),
              tuple("L-7", "LARMGRUPP", "LARMGRUPP", null));
    } finally {
      atV3.clean();
    }
    assertThat(JdbcClient.create(dataSource)
            .sql("select count(*) from information_schema.schemata where upper(schema_name) = 'V4_UPGRADE'")
            .query(Long.class).single())
        .as("the schema is dropped again").isZero();
  }

  private static long keysAsBeforeV4(JdbcClient jdbc) {
    jdbc.sql("""
            insert into v4_upgrade.household (address, address_key, created_at)
            values ('Storgatan 1', 'storgatan 1', :at)""").param("at", REGISTERED).update();
    long household = jdbc.sql("select id from v4_upgrade.household").query(Long.class).single();
    jdbc.sql("""
            insert into v4_upgrade.brukare (personnummer, name, household_id, insats_hemtjanst,
              insats_trygghetslarm, created_at, updated_at)
            values ('194403052386', 'Astrid Andersson', :household, true, true, :at, :at)""")
        .param("household", household).param("at", REGISTERED).update();
    long brukare = jdbc.sql("select id from v4_upgrade.brukare").query(Long.class).single();
    for (String[] key : new String[][] {{"H-12", "HEMTJANST"}, {"L-7", "LARMGRUPP"}}) {
      jdbc.sql("""
              insert into v4_upgrade.physical_key (brukare_id, key_number, holder, registered_at)
              values (:brukare, :keyNumber, :holder, :at)""")
          .param("brukare", brukare).param("keyNumber", key[0]).param("holder", key[1]).param("at", REGISTERED)
          .update();
    }
    return brukare;
  }

  private Flyway flyway(String schema, String target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/registry")
        .schemas(schema)
        .target(target)
        .cleanDisabled(false)
        .load();
  }
}
