package se.digitalalas.access;

import se.digitalalas.testsupport.ServiceOnPostgres;

class AccessMatrixPostgresIT extends ServiceOnPostgres implements AccessMatrixWalkthrough {
}
