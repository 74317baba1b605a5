package se.digitalalas.routine.nedmonteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnH2;

class NedmonteringBistandsbedomdH2IT extends ServiceOnH2 implements NedmonteringBistandsbedomdWalkthrough {
}
