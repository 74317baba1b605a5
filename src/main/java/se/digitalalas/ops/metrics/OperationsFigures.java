package se.digitalalas.ops.metrics;

import java.util.Map;
import se.digitalalas.registry.message.ChannelBacklog;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.security.StaffGroup;

/** What operations watch, counted at one moment: every group and channel has an entry. */
public record OperationsFigures(
    Map<StaffGroup, GroupTasks> tasks,
    long overdueRemovals,
    Map<MessageChannel, ChannelBacklog> outbox,
    JobBacklog jobs) {

  public OperationsFigures {
    tasks = Map.copyOf(tasks);
    outbox = Map.copyOf(outbox);
  }

  public GroupTasks tasksOf(StaffGroup group) {
    return tasks.getOrDefault(group, GroupTasks.NONE);
  }

  public ChannelBacklog outboxOf(MessageChannel channel) {
    return outbox.getOrDefault(channel, ChannelBacklog.EMPTY);
  }
}
