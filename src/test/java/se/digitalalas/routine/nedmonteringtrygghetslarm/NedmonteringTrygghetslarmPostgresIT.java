package se.digitalalas.routine.nedmonteringtrygghetslarm;

import se.digitalalas.testsupport.ServiceOnPostgres;

class NedmonteringTrygghetslarmPostgresIT extends ServiceOnPostgres implements NedmonteringTrygghetslarmWalkthrough {
}
