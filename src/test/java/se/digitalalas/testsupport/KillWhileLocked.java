package se.digitalalas.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Kills a node (kill -9) at a moment it holds locks on reminder jobs it has not finished, and
 * says how many: those jobs stay locked by the dead node until their lock expires, and only then
 * may another node fire them. To know which locks are the node's, it is frozen first (SIGSTOP):
 * of the jobs locked at that moment, those a live node finishes show the live owner; the ones
 * still locked by the other owner are the frozen node's. A node caught holding none is thawed
 * (SIGCONT) and caught again.
 */
public final class KillWhileLocked {

  private KillWhileLocked() {
  }

  /** Returns how many reminder jobs the killed node held. */
  public static int kill(DueReminders reminders, long pid, Runnable killHard, Duration timeout) {
    int[] held = new int[1];
    await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> {
      if (distinctOwners(reminders.lockedJobs()) < 2) {
        return false;
      }
      signal("STOP", pid);
      Map<String, String> atTheFreeze = reminders.lockedJobs();
      Set<String> liveOwners = liveOwners(reminders, atTheFreeze);
      if (liveOwners.isEmpty()) {
        signal("CONT", pid);
        return false;
      }
      Set<String> frozen = atTheFreeze.entrySet().stream().filter(job -> !liveOwners.contains(job.getValue()))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      if (frozen.isEmpty()) {
        signal("CONT", pid);
        return false;
      }
      killHard.run();
      held[0] = frozen.size();
      return true;
    });
    return held[0];
  }

  /**
   * The owners of the jobs of the snapshot that a live node has finished since (the frozen node
   * finishes none); waits up to two seconds for one, and is empty if none did.
   */
  private static Set<String> liveOwners(DueReminders reminders, Map<String, String> snapshot) {
    Set<String> live = new HashSet<>();
    try {
      await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
        Set<String> stillThere = reminders.existing(snapshot.keySet());
        snapshot.forEach((job, owner) -> {
          if (!stillThere.contains(job)) {
            live.add(owner);
          }
        });
        return !live.isEmpty();
      });
    } catch (ConditionTimeoutException noneFinished) {
      return Set.of();
    }
    return live;
  }

  private static long distinctOwners(Map<String, String> locked) {
    return locked.values().stream().distinct().count();
  }

  private static void signal(String signal, long pid) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
      kill.getInputStream().readAllBytes();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
