package se.digitalalas.ops.metrics;

import se.digitalalas.testsupport.ServiceOnPostgres;

class OperationsMetricsPostgresIT extends ServiceOnPostgres implements OperationsMetricsWalkthrough {
}
