package se.digitalalas.routine.nedmonteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnPostgres;

class NedmonteringBistandsbedomdPostgresIT extends ServiceOnPostgres implements NedmonteringBistandsbedomdWalkthrough {
}
