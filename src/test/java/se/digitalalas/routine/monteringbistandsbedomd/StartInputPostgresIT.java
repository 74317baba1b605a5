package se.digitalalas.routine.monteringbistandsbedomd;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnPostgres;

class StartInputPostgresIT extends ServiceOnPostgres implements StartInputWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
