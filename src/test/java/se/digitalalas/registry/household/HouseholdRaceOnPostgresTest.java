package se.digitalalas.registry.household;

import se.digitalalas.registry.RegistryTest;

/** {@link HouseholdRaceTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class HouseholdRaceOnPostgresTest extends HouseholdRaceTest {

  @Override
  String sessionsWaitingForALock() {
    return "select count(*) from pg_locks where not granted";
  }
}
