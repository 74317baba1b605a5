package se.digitalalas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients, each running a number of operations of a scenario one after another on one
 * target; the batch lasts from the first client's start to the last client's end.
 */
final class Batch {

  /** Each operation's duration and the batch's wall-clock time, in nanoseconds. */
  record Result(List<Long> durations, long wall) {
  }

  private final Scenario scenario;
  private final Target target;
  /** The number of the target's next operation, unique across clients and batches. */
  private final AtomicInteger next;

  Batch(Scenario scenario, Target target, AtomicInteger next) {
    this.scenario = scenario;
    this.target = target;
    this.next = next;
  }

  Result run(int clients, int perClient) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<List<Long>>> running = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        running.add(pool.submit(() -> client(perClient)));
      }
      List<Long> durations = new ArrayList<>();
      for (Future<List<Long>> client : running) {
        durations.addAll(client.get());
      }
      return new Result(durations, System.nanoTime() - start);
    } catch (ExecutionException e) {
      throw new IllegalStateException(target.name() + ": " + scenario.name() + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Long> client(int operations) {
    List<Long> durations = new ArrayList<>();
    for (int i = 0; i < operations; i++) {
      int n = next.getAndIncrement();
      long start = System.nanoTime();
      scenario.run(target, n);
      durations.add(System.nanoTime() - start);
    }
    return durations;
  }
}
