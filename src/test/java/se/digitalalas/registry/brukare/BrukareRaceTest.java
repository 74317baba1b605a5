package se.digitalalas.registry.brukare;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * Two transactions register the same new brukare at once (two starts of one order): the second
 * one's insert waits for the first one's, and must then find the brukare the first one committed,
 * not fail. These tests commit, so they clean up after themselves.
 */
@RegistryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class BrukareRaceTest {

  private static final String PERSONNUMMER = "194106219811";
  private static final Address ADDRESS = Address.of("Kapplöpningsvägen 11", "999 98", "Racet");

  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  HouseholdRegistry households;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcClient jdbc;

  /** The number of sessions whose insert into brukare waits for another session's lock. */
  abstract String sessionsWaitingForALock();

  @BeforeEach
  void theHouseholdExists() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> households.findOrCreate(ADDRESS));
  }

  @AfterEach
  void removeTheBrukare() {
    jdbc.sql("delete from brukare where personnummer = :p").param("p", PERSONNUMMER).update();
    jdbc.sql("delete from household where address = :a").param("a", ADDRESS.street()).update();
  }

  @Test
  void aBrukareRegisteredConcurrentlyIsFound() throws Exception {
    BrukareRegistration order = new BrukareRegistration(new Personnummer(PERSONNUMMER), "Bertil Racet",
        null, ADDRESS, null, null, null, true, true, null);
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    ExecutorService otherThread = Executors.newSingleThreadExecutor();
    try {
      record Race(long first, Future<Registered> second) {
      }
      Race race = transaction.execute(status -> {
        long first = registrar.register(order);
        Future<Registered> second = otherThread.submit(
            () -> transaction.execute(inner -> registrar.registerOrder(order)));
        await().atMost(5, SECONDS).until(() -> waitingSessions() > 0);
        return new Race(first, second);
      });

      Registered second = race.second().get(10, SECONDS);
      assertThat(second.brukare().id()).isEqualTo(race.first());
      assertThat(second.differences()).isEmpty();
      assertThat(second.change()).as("the other transaction created the brukare").isEqualTo(Registered.Change.UNCHANGED);
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
