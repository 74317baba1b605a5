package se.digitalalas.web;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnH2;

class TaskBrukareH2IT extends ServiceOnH2 implements TaskBrukareWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
