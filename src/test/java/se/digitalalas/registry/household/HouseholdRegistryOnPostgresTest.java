package se.digitalalas.registry.household;

import se.digitalalas.registry.RegistryTest;

/** {@link HouseholdRegistryTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class HouseholdRegistryOnPostgresTest extends HouseholdRegistryTest {
}
