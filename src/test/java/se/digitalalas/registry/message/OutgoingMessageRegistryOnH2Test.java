package se.digitalalas.registry.message;

import se.digitalalas.registry.RegistryTest;

/** {@link OutgoingMessageRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class OutgoingMessageRegistryOnH2Test extends OutgoingMessageRegistryTest {
}
