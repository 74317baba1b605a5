package se.digitalalas.routine.monteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnH2;

class StartInputH2IT extends ServiceOnH2 implements StartInputWalkthrough {
}
