package se.digitalalas.security;

import se.digitalalas.testsupport.ServiceOnPostgres;

class TaskIsolationPostgresIT extends ServiceOnPostgres implements TaskIsolationWalkthrough {
}
