package se.digitalalas.web;

import se.digitalalas.testsupport.ServiceOnPostgres;

class TaskBrukarePostgresIT extends ServiceOnPostgres implements TaskBrukareWalkthrough {
}
