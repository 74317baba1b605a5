package se.digitalalas.routine.sammanboende;

import se.digitalalas.testsupport.ServiceOnPostgres;

class SammanboendePostgresIT extends ServiceOnPostgres implements SammanboendeWalkthrough {
}
