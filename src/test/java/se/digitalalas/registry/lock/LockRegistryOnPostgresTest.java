package se.digitalalas.registry.lock;

import se.digitalalas.registry.RegistryTest;

/** {@link LockRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class LockRegistryOnPostgresTest extends LockRegistryTest {
}
