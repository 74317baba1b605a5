package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRaceTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class BrukareRaceOnPostgresTest extends BrukareRaceTest {

  @Override
  String sessionsWaitingForALock() {
    return "select count(*) from pg_locks where not granted";
  }
}
