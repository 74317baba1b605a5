package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRegistrarTest} on in-memory H2. */
@RegistryTest.OnH2
class BrukareRegistrarOnH2Test extends BrukareRegistrarTest {
}
