package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnPostgres;

class RemovalRefusalsPostgresIT extends ServiceOnPostgres implements RemovalRefusalsWalkthrough {
}
