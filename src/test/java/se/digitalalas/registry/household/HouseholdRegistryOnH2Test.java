package se.digitalalas.registry.household;

import se.digitalalas.registry.RegistryTest;

/** {@link HouseholdRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class HouseholdRegistryOnH2Test extends HouseholdRegistryTest {
}
