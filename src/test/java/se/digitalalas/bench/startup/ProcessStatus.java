package se.digitalalas.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says of a process in /proc: its resident set (VmRSS of status, in kB) and the CPU
 * time it has used (utime + stime of stat). CPU time counts what the start-up costs whatever
 * else the machine runs; the wall time does not.
 */
final class ProcessStatus {

  /** USER_HZ, the unit of stat's times: 100 on every Linux this runs on ({@code getconf CLK_TCK}). */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessStatus() {
  }

  static long rssKb(long pid) {
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

  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the fields after the command name in brackets, which may hold spaces: state is the first
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
