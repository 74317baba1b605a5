package se.digitalalas.routine.monteringbistandsbedomd;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnH2;

class StartInputH2IT extends ServiceOnH2 implements StartInputWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
