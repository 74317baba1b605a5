package se.digitalalas.bench;

import java.time.Duration;

/** Thread.sleep for the harness, which never expects to be interrupted. */
public final class Pause {

  private Pause() {
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
