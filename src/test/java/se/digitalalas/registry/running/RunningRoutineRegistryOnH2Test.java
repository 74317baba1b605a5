package se.digitalalas.registry.running;

import se.digitalalas.registry.RegistryTest;

/** {@link RunningRoutineRegistryTest} on in-memory H2. */
@RegistryTest.OnH2
class RunningRoutineRegistryOnH2Test extends RunningRoutineRegistryTest {
}
