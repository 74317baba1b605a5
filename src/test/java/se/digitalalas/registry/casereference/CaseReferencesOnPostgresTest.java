package se.digitalalas.registry.casereference;

import se.digitalalas.registry.RegistryTest;

/** {@link CaseReferencesTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class CaseReferencesOnPostgresTest extends CaseReferencesTest {
}
