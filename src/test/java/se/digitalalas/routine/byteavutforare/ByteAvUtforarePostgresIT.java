package se.digitalalas.routine.byteavutforare;

import se.digitalalas.testsupport.ServiceOnPostgres;

class ByteAvUtforarePostgresIT extends ServiceOnPostgres implements ByteAvUtforareWalkthrough {
}
