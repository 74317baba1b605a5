package se.digitalalas.registry.utforare;

import se.digitalalas.registry.RegistryTest;

/** {@link UtforareRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class UtforareRegistryOnH2Test extends UtforareRegistryTest {
}
