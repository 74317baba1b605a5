package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class BrukareRegistryOnPostgresTest extends BrukareRegistryTest {
}
