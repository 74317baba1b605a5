package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnPostgres;

class RemovalDeadlinesPostgresIT extends ServiceOnPostgres implements RemovalDeadlinesWalkthrough {
}
