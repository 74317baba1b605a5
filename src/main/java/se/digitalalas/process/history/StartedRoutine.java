package se.digitalalas.process.history;

import java.util.Date;
import java.util.List;

/**
 * One routine a staff member started, as "Mina rutiner" shows it: brukare is the brukare's name;
 * outcome the name of the end event a completed routine reached; currentSteps what a running
 * one waits for.
 */
public record StartedRoutine(String processInstanceId, String processKey, String name, String brukare,
    Date startTime, Date endTime, State state, String outcome, List<Step> currentSteps) {

  /** RUNNING (Pågår), COMPLETED at an end event (Avslutad), CANCELLED without one (Avbruten). */
  public enum State {
    RUNNING, COMPLETED, CANCELLED
  }

  /** A step the routine waits at: its name and the groups (Swedish names) whose task it is. */
  public record Step(String name, List<String> groups) {
  }
}
