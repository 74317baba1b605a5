package se.digitalalas.registry.running;

import se.digitalalas.registry.RegistryTest;

/** {@link RunningRoutineRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class RunningRoutineRegistryOnPostgresTest extends RunningRoutineRegistryTest {
}
