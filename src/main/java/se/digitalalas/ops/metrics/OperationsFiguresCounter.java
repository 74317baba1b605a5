package se.digitalalas.ops.metrics;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/** Counts all the figures at one instant: four grouped counts, whatever the number of tasks. */
@Component
class OperationsFiguresCounter {

  private final OpenTaskCounts tasks;
  private final OverdueRemovalCount removals;
  private final OutgoingMessageRegistry messages;
  private final JobBacklogCount jobs;
  private final Clock clock;

  OperationsFiguresCounter(OpenTaskCounts tasks, OverdueRemovalCount removals, OutgoingMessageRegistry messages,
      JobBacklogCount jobs, Clock clock) {
    this.tasks = tasks;
    this.removals = removals;
    this.messages = messages;
    this.jobs = jobs;
    this.clock = clock;
  }

  OperationsFigures countNow() {
    Instant now = clock.instant();
    return new OperationsFigures(tasks.at(now), removals.at(now), messages.backlogByChannel(), jobs.at(now));
  }
}
