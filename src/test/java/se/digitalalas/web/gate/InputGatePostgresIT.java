package se.digitalalas.web.gate;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnPostgres;

class InputGatePostgresIT extends ServiceOnPostgres implements InputGateWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
