package se.digitalalas.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident set as Linux counts it: VmRSS of /proc/&lt;pid&gt;/status, in kB. */
final class Rss {

  private Rss() {
  }

  static long of(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("[^0-9]", ""))
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No VmRSS for process " + pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
