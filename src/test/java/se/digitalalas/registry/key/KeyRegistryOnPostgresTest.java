package se.digitalalas.registry.key;

import se.digitalalas.registry.RegistryTest;

/** {@link KeyRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class KeyRegistryOnPostgresTest extends KeyRegistryTest {
}
