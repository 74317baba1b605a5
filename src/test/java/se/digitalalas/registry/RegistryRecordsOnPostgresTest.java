package se.digitalalas.registry;

/** {@link RegistryRecordsTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class RegistryRecordsOnPostgresTest extends RegistryRecordsTest {
}
