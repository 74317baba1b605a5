package se.digitalalas.registry.lock;

import se.digitalalas.registry.RegistryTest;

/** {@link LockRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class LockRegistryOnH2Test extends LockRegistryTest {
}
