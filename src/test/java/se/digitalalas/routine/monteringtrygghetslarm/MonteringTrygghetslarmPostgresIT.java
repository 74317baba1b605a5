package se.digitalalas.routine.monteringtrygghetslarm;

import se.digitalalas.testsupport.ServiceOnPostgres;

class MonteringTrygghetslarmPostgresIT extends ServiceOnPostgres implements MonteringTrygghetslarmWalkthrough {
}
