package se.digitalalas.access;

import se.digitalalas.testsupport.ServiceOnH2;

class AccessByNeedH2IT extends ServiceOnH2 implements AccessByNeedWalkthrough {
}
