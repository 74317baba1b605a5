package se.digitalalas.bench;

/**
 * One thing the benchmark measures on both targets: an operation that clients repeat, timed from
 * its first request to its verified outcome. A new scenario is one more implementation, listed in
 * {@link Benchmark#scenarios}.
 */
interface Scenario {

  /** The first column of the result table, e.g. "full routine 1". */
  String name();

  /** What one operation is called in the table, in the plural: "routines". */
  String unit();

  /** Once per target, before its warm-up: what the operations need to find (open tasks, say). */
  default void prepare(Target target) {
  }

  /**
   * One operation, the {@code n}-th of the run on this target (unique across clients and
   * scenarios), checked:
   * a wrong outcome throws and ends the run.
   */
  void run(Target target, int n);
}
