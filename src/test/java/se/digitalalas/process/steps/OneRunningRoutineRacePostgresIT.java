package se.digitalalas.process.steps;

import se.digitalalas.testsupport.ServiceOnPostgres;

class OneRunningRoutineRacePostgresIT extends ServiceOnPostgres implements OneRunningRoutineRace {

  @Override
  public int databaseSerial() {
    return 200;
  }
}
