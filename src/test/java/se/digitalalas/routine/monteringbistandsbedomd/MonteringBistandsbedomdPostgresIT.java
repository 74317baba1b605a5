package se.digitalalas.routine.monteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnPostgres;

class MonteringBistandsbedomdPostgresIT extends ServiceOnPostgres implements MonteringBistandsbedomdWalkthrough {
}
