package se.digitalalas.access;

import se.digitalalas.testsupport.ServiceOnPostgres;

class AccessByNeedPostgresIT extends ServiceOnPostgres implements AccessByNeedWalkthrough {
}
