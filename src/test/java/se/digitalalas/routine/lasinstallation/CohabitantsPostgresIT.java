package se.digitalalas.routine.lasinstallation;

import se.digitalalas.testsupport.ServiceOnPostgres;

class CohabitantsPostgresIT extends ServiceOnPostgres implements CohabitantsWalkthrough {

  @Override
  public int databaseSerial() {
    return 400;
  }
}
