package se.digitalalas.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of a run, from system properties (the {@code benchmark} profile in pom.xml passes
 * them on; the defaults there are these).
 *
 * @param warmup operations per target before anything is measured, spread over the most clients
 * @param batch operations per client in one batch
 * @param rounds batches per target and number of clients, alternating between the targets
 * @param clients the numbers of concurrent clients measured
 * @param pollInterval how long a client waits before it asks again for a task not there yet
 * @param statements how many statements target/benchmark/statements.md lists per table; 0: none
 */
record BenchSettings(int warmup, int batch, int rounds, List<Integer> clients, Duration pollInterval,
    int statements) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        Integer.getInteger("bench.warmup", 16),
        Integer.getInteger("bench.batch", 5),
        Integer.getInteger("bench.rounds", 3),
        Arrays.stream(System.getProperty("bench.clients", "1,4").split(","))
            .map(String::trim).map(Integer::valueOf).toList(),
        Duration.ofMillis(Integer.getInteger("bench.poll-millis", 10)),
        Integer.getInteger("bench.statements", 0));
  }

  int mostClients() {
    return clients.stream().max(Integer::compare).orElseThrow();
  }

  String describe() {
    return "warm-up " + warmup + " per target, batches of " + batch + " per client, " + rounds
        + " rounds per target and client count, clients " + clients + ", task poll every "
        + pollInterval.toMillis() + " ms";
  }
}
