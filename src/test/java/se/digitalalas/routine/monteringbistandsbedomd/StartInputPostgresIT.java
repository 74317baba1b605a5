package se.digitalalas.routine.monteringbistandsbedomd;

import se.digitalalas.testsupport.ServiceOnPostgres;

class StartInputPostgresIT extends ServiceOnPostgres implements StartInputWalkthrough {
}
