package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRegistrarTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class BrukareRegistrarOnPostgresTest extends BrukareRegistrarTest {
}
