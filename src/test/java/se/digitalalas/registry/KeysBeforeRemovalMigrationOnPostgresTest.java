package se.digitalalas.registry;

/** {@link KeysBeforeRemovalMigrationTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class KeysBeforeRemovalMigrationOnPostgresTest extends KeysBeforeRemovalMigrationTest {
}
