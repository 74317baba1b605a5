package se.digitalalas.ops.metrics;

/** A candidate group's open tasks, and how many of them are past their due date. */
public record GroupTasks(long open, long overdue) {

  public static final GroupTasks NONE = new GroupTasks(0, 0);
}
