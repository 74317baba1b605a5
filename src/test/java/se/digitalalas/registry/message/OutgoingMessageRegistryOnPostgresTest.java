package se.digitalalas.registry.message;

import se.digitalalas.registry.RegistryTest;

/** {@link OutgoingMessageRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class OutgoingMessageRegistryOnPostgresTest extends OutgoingMessageRegistryTest {
}
