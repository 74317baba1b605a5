package se.digitalalas.bench;

import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.RoutineDriver;

/**
 * What the benchmark measures, as a scenario sees it: the REST driver (acting as each group's
 * member on the service, as the administrator on the bare engine), the administrator, its database's JDBC URL (for a
 * scenario that seeds with batched SQL) and the name of that database on the shared server.
 */
record Target(String name, RoutineDriver driver, Credentials admin, String jdbcUrl, String database) {
}
