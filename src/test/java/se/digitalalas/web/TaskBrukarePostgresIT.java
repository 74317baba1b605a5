package se.digitalalas.web;

import org.springframework.boot.test.web.server.LocalServerPort;
import se.digitalalas.testsupport.ServiceOnPostgres;

class TaskBrukarePostgresIT extends ServiceOnPostgres implements TaskBrukareWalkthrough {

  @LocalServerPort
  private int port;

  @Override
  public int port() {
    return port;
  }
}
