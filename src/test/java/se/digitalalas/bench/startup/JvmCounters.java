package se.digitalalas.bench.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the target's JVM says of itself through jcmd: the classes it holds and the heap in use.
 * Asked last, since attaching starts a thread in the target.
 */
record JvmCounters(long classes, long heapUsedKb) {

  private static final Pattern LOADED = Pattern.compile("java\\.cls\\.loadedClasses=(\\d+)");
  private static final Pattern UNLOADED = Pattern.compile("java\\.cls\\.unloadedClasses=(\\d+)");
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  static JvmCounters of(long pid) {
    String counters = jcmd(pid, "PerfCounter.print");
    String heap = jcmd(pid, "GC.heap_info");
    return new JvmCounters(number(LOADED, counters) - number(UNLOADED, counters), number(HEAP_USED, heap));
  }

  private static long number(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("jcmd did not say " + pattern + ":\n" + text);
    }
    return Long.parseLong(matcher.group(1));
  }

  private static String jcmd(long pid, String command) {
    Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
