package se.digitalalas.process.steps;

import se.digitalalas.testsupport.ServiceOnH2;

class OneRunningRoutineRaceH2IT extends ServiceOnH2 implements OneRunningRoutineRace {

  @Override
  public int databaseSerial() {
    return 100;
  }
}
