package se.digitalalas.registry;

/** {@link RegistryRecordsTest} on in-memory H2. */
@RegistryTest.OnH2
class RegistryRecordsOnH2Test extends RegistryRecordsTest {
}
