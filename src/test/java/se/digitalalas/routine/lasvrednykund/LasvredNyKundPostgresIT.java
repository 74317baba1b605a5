package se.digitalalas.routine.lasvrednykund;

import se.digitalalas.testsupport.ServiceOnPostgres;

class LasvredNyKundPostgresIT extends ServiceOnPostgres implements LasvredNyKundWalkthrough {
}
