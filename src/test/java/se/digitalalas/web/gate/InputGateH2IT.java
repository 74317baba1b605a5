package se.digitalalas.web.gate;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnH2;

class InputGateH2IT extends ServiceOnH2 implements InputGateWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
