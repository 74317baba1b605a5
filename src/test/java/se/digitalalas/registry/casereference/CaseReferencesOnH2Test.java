package se.digitalalas.registry.casereference;

import se.digitalalas.registry.RegistryTest;

/** {@link CaseReferencesTest} on in-memory H2. */
@RegistryTest.OnH2
class CaseReferencesOnH2Test extends CaseReferencesTest {
}
