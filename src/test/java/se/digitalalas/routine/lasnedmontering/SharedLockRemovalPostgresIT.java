package se.digitalalas.routine.lasnedmontering;

import se.digitalalas.testsupport.ServiceOnPostgres;

class SharedLockRemovalPostgresIT extends ServiceOnPostgres implements SharedLockRemovalWalkthrough {
}
