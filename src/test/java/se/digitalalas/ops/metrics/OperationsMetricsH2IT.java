package se.digitalalas.ops.metrics;

import se.digitalalas.testsupport.ServiceOnH2;

class OperationsMetricsH2IT extends ServiceOnH2 implements OperationsMetricsWalkthrough {
}
