package se.digitalalas.registry;

/** {@link KeysBeforeRemovalMigrationTest} on in-memory H2. */
@RegistryTest.OnH2
class KeysBeforeRemovalMigrationOnH2Test extends KeysBeforeRemovalMigrationTest {
}
