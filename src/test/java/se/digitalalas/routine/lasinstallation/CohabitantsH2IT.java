package se.digitalalas.routine.lasinstallation;

import se.digitalalas.testsupport.ServiceOnH2;

class CohabitantsH2IT extends ServiceOnH2 implements CohabitantsWalkthrough {

  @Override
  public int databaseSerial() {
    return 300;
  }
}
