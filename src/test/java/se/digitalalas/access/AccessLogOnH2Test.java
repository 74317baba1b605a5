package se.digitalalas.access;

import se.digitalalas.registry.RegistryTest;

/** {@link AccessLogTest} on in-memory H2. */
@RegistryTest.OnH2
class AccessLogOnH2Test extends AccessLogTest {
}
