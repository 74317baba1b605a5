package se.digitalalas.access;

import se.digitalalas.testsupport.ServiceOnH2;

class AccessMatrixH2IT extends ServiceOnH2 implements AccessMatrixWalkthrough {
}
