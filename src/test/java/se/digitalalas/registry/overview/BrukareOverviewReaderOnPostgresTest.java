package se.digitalalas.registry.overview;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareOverviewReaderTest} on embedded PostgreSQL. */
@RegistryTest.OnPostgres
class BrukareOverviewReaderOnPostgresTest extends BrukareOverviewReaderTest {
}
