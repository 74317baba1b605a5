package se.digitalalas.ops;

import se.digitalalas.testsupport.ServiceOnPostgres;

class JobExecutorSettingsPostgresIT extends ServiceOnPostgres implements JobExecutorSettingsWalkthrough {
}
