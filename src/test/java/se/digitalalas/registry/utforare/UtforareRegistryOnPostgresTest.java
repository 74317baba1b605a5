package se.digitalalas.registry.utforare;

import se.digitalalas.registry.RegistryTest;

/** {@link UtforareRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class UtforareRegistryOnPostgresTest extends UtforareRegistryTest {
}
