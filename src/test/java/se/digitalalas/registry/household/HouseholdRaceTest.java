package se.digitalalas.registry.household;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.digitalalas.registry.RegistryTest;

/**
 * Two transactions create the same household at once: the second one's insert waits for the
 * first one's, and must then find the household the first one committed. These tests commit, so
 * they clean up after themselves.
 */
@RegistryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class HouseholdRaceTest {

  private static final Address ADDRESS = Address.of("Kapplöpningsvägen 9", "999 99", "Racet");

  @Autowired
  HouseholdRegistry households;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcClient jdbc;

  /** The number of sessions whose statement waits for another session's lock. */
  abstract String sessionsWaitingForALock();

  @AfterEach
  void removeTheHousehold() {
    jdbc.sql("delete from household where address_key = :key").param("key", ADDRESS.key()).update();
  }

  @Test
  void aHouseholdCreatedConcurrentlyIsFound() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    ExecutorService otherThread = Executors.newSingleThreadExecutor();
    try {
      record Race(long first, Future<Household> second) {
      }
      Race race = transaction.execute(status -> {
        long first = households.findOrCreate(ADDRESS).id();
        Future<Household> second = otherThread.submit(
            () -> transaction.execute(inner -> households.findOrCreate(ADDRESS)));
        await().atMost(5, SECONDS).until(() -> waitingSessions() > 0);
        return new Race(first, second);
      });

      assertThat(race.second().get(10, SECONDS).id()).isEqualTo(race.first());
    } finally {
      otherThread.shutdownNow();
    }
  }

  private long waitingSessions() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet result = connection.createStatement().executeQuery(sessionsWaitingForALock())) {
      result.next();
      return result.getLong(1);
    }
  }
}
