package se.digitalalas.registry.brukare;

import se.digitalalas.registry.RegistryTest;

/** {@link BrukareRaceTest} on in-memory H2. */
@RegistryTest.OnH2
class BrukareRaceOnH2Test extends BrukareRaceTest {

  /** H2 names no blocker for a unique-index wait: the other insert is simply still running. */
  @Override
  String sessionsWaitingForALock() {
    return """
        select count(*) from information_schema.sessions
        where session_state = 'RUNNING' and executing_statement like '%insert into brukare%'""";
  }
}
