package se.digitalalas.routine.nedmonteringtrygghetslarm;

import se.digitalalas.testsupport.ServiceOnH2;

class NedmonteringTrygghetslarmH2IT extends ServiceOnH2 implements NedmonteringTrygghetslarmWalkthrough {
}
