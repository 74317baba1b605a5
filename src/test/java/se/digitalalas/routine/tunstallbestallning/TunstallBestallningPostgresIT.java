package se.digitalalas.routine.tunstallbestallning;

import se.digitalalas.testsupport.ServiceOnPostgres;

class TunstallBestallningPostgresIT extends ServiceOnPostgres implements TunstallBestallningWalkthrough {
}
