package se.digitalalas.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one scenario measured on each target: per number of clients its batches, and the server's
 * counts for the target's database over all of them.
 */
final class ScenarioResult {

  private final Scenario scenario;
  private final Map<Target, Map<Integer, Throughput>> throughputs = new HashMap<>();
  private final Map<Target, DatabaseCounters> counts = new HashMap<>();
  private final Map<Target, StatementCalls> statements = new HashMap<>();
  private final Map<Target, Duration> cpu = new HashMap<>();

  ScenarioResult(Scenario scenario) {
    this.scenario = scenario;
  }

  Scenario scenario() {
    return scenario;
  }

  void add(Target target, int clients, Batch.Result batch) {
    throughputs.computeIfAbsent(target, t -> new TreeMap<>()).computeIfAbsent(clients, c -> new Throughput()).add(batch);
  }

  void counted(Target target, DatabaseCounters during) {
    counts.put(target, during);
  }

  void usedCpu(Target target, Duration during) {
    cpu.put(target, during);
  }

  void counted(Target target, StatementCalls during) {
    statements.put(target, during);
  }

  /** Per statement; empty unless -Dbench.statements asked for them. */
  StatementCalls statements(Target target) {
    return statements.getOrDefault(target, new StatementCalls(Map.of()));
  }

  Throughput throughput(Target target, int clients) {
    return throughputs.get(target).get(clients);
  }

  DatabaseCounters counts(Target target) {
    return counts.get(target);
  }

  int operations(Target target) {
    return throughputs.get(target).values().stream().mapToInt(Throughput::operations).sum();
  }

  double statementsPerOperation(Target target) {
    return counts(target).statements() / (double) operations(target);
  }

  /** The target JVM's CPU time over the measured batches, per operation. */
  double cpuMillisPerOperation(Target target) {
    return cpu.get(target).toNanos() / 1e6 / operations(target);
  }

  double transactionsPerOperation(Target target) {
    return counts(target).transactions() / (double) operations(target);
  }
}
