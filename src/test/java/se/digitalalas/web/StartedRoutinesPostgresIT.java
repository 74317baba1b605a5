package se.digitalalas.web;

import se.digitalalas.testsupport.ServiceOnPostgres;

class StartedRoutinesPostgresIT extends ServiceOnPostgres implements StartedRoutinesWalkthrough {
}
