package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnH2;

class RemovalRefusalsH2IT extends ServiceOnH2 implements RemovalRefusalsWalkthrough {
}
