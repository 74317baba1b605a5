package se.digitalalas.bench;

import java.util.ArrayList;
import java.util.List;

/** The measured batches of one scenario on one target with one number of clients. */
final class Throughput {

  private final List<Long> durations = new ArrayList<>();
  private long wall;

  void add(Batch.Result batch) {
    durations.addAll(batch.durations());
    wall += batch.wall();
  }

  int operations() {
    return durations.size();
  }

  /** Operations per second over the batches' wall-clock time. */
  double perSecond() {
    return durations.size() / (wall / 1e9);
  }

  double p50Millis() {
    return percentileMillis(50);
  }

  double p95Millis() {
    return percentileMillis(95);
  }

  /** Nearest rank. */
  private double percentileMillis(int percentile) {
    List<Long> sorted = durations.stream().sorted().toList();
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1) / 1e6;
  }
}
