package se.digitalalas.registry.overview;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareOverviewReaderTest} on in-memory H2. */
@RegistryTest.OnH2
class BrukareOverviewReaderOnH2Test extends BrukareOverviewReaderTest {
}
