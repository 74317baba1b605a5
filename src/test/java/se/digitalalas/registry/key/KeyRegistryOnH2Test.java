package se.digitalalas.registry.key;

import se.digitalalas.registry.RegistryTest;

/** {@link KeyRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class KeyRegistryOnH2Test extends KeyRegistryTest {
}
