package se.digitalalas.routine.monteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnH2;

class MonteringBistandsbedomdH2IT extends ServiceOnH2 implements MonteringBistandsbedomdWalkthrough {
}
