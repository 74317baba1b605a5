package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnH2;

class RemovalDeadlinesH2IT extends ServiceOnH2 implements RemovalDeadlinesWalkthrough {
}
