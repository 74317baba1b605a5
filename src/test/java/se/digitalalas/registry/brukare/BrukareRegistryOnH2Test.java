package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class BrukareRegistryOnH2Test extends BrukareRegistryTest {
}
