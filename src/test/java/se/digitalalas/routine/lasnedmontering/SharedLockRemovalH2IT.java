package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnH2;

class SharedLockRemovalH2IT extends ServiceOnH2 implements SharedLockRemovalWalkthrough {
}
