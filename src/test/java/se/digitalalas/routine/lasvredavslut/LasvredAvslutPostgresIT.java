package se.digitalalas.routine.lasvredavslut;

import se.digitalalas.testsupport.ServiceOnPostgres;

class LasvredAvslutPostgresIT extends ServiceOnPostgres implements LasvredAvslutWalkthrough {
}
