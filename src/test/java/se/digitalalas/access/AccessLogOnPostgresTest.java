package se.digitalalas.access;

import se.digitalalas.registry.RegistryTest;

/** {@link AccessLogTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class AccessLogOnPostgresTest extends AccessLogTest {
}
