package se.digitalalas.routine.monteringtrygghetslarm;

import se.digitalalas.testsupport.ServiceOnH2;

class MonteringTrygghetslarmH2IT extends ServiceOnH2 implements MonteringTrygghetslarmWalkthrough {
}
