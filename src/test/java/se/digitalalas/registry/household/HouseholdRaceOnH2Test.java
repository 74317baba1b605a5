package se.digitalalas.registry.household;

import se.digitalalas.registry.RegistryTest;

/** {@link HouseholdRaceTest} on in-memory H2. */
@RegistryTest.OnH2
class HouseholdRaceOnH2Test extends HouseholdRaceTest {

  /** H2 names no blocker for a unique-index wait: the other insert is simply still running. */
  @Override
  String sessionsWaitingForALock() {
    return """
        select count(*) from information_schema.sessions
        where session_state = 'RUNNING' and executing_statement like 'insert into household%'""";
  }
}
