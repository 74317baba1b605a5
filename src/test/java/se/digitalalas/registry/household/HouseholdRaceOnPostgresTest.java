package se.digitalalas.registry.household;

import org.junit.jupiter.api.Disabled;
import se.digitalalas.registry.RegistryTest;

/** {@link HouseholdRaceTest} on embedded PostgreSQL. */
@Disabled("Known bug: on PostgreSQL a failed statement aborts the transaction, so"
    + " HouseholdRegistry.create's recovery from DuplicateKeyException fails with SQLState 25P02;"
    + " enable when the insert runs under a savepoint")
@RegistryTest.OnPostgres
class HouseholdRaceOnPostgresTest extends HouseholdRaceTest {

  @Override
  String sessionsWaitingForALock() {
    return "select count(*) from pg_locks where not granted";
  }
}
