package se.digitalalas.bench;

import java.util.List;
import java.util.Locale;

/** The run's result as a Markdown table, like the issue's, with what it was measured on and how. */
final class ResultTable {

  private ResultTable() {
  }

  static String of(List<ScenarioResult> results, Targets targets, BenchSettings settings, String machine) {
    Target service = targets.service();
    Target bare = targets.bare();
    StringBuilder table = new StringBuilder()
        .append("# Benchmark: the service against the bare engine\n\n")
        .append(machine).append("\n\nSettings: ").append(settings.describe()).append(".\n\n")
        .append("| what | service | bare engine | ratio |\n")
        .append("|---|---|---|---|\n");
    for (ScenarioResult result : results) {
      String unit = result.scenario().unit();
      for (int clients : settings.clients()) {
        Throughput onService = result.throughput(service, clients);
        Throughput onBare = result.throughput(bare, clients);
        table.append(row(result.scenario().name() + ", " + clients + (clients == 1 ? " client" : " clients"),
            speed(onService, unit), speed(onBare, unit),
            times(onBare.perSecond() / onService.perSecond())
                + " (p50 " + times(onService.p50Millis() / onBare.p50Millis()) + ")"));
      }
      String per = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
      table.append(row("SQL statements per " + per, whole(result.statementsPerOperation(service)),
          whole(result.statementsPerOperation(bare)),
          times(result.statementsPerOperation(service) / result.statementsPerOperation(bare))));
      table.append(row("JVM CPU time per " + per, millis(result.cpuMillisPerOperation(service)),
          millis(result.cpuMillisPerOperation(bare)),
          times(result.cpuMillisPerOperation(service) / result.cpuMillisPerOperation(bare))));
      table.append(row("transactions per " + per, whole(result.transactionsPerOperation(service)),
          whole(result.transactionsPerOperation(bare)),
          times(result.transactionsPerOperation(service) / result.transactionsPerOperation(bare))));
    }
    table.append("\n");
    for (ScenarioResult result : results) {
      table.append(result.scenario().name()).append(": ")
          .append(result.operations(service)).append(" ").append(result.scenario().unit())
          .append(" measured on the service, ").append(result.operations(bare)).append(" on the bare engine.\n");
      if (result.counts(service).evictions() > 0 || result.counts(bare).evictions() > 0) {
        table.append("WARNING: pg_stat_statements evicted entries during ").append(result.scenario().name())
            .append(": its statements are undercounted.\n");
      }
    }
    return table.append("""

        Ratio: the bare engine's throughput over the service's, in brackets the service's p50 over
        the bare engine's; for the counts, the service's over the bare engine's. Statements are
        pg_stat_statements calls (SELECT, INSERT, UPDATE, DELETE; not BEGIN, COMMIT, SET) in the
        target's database, transactions pg_stat_database's xact_commit + xact_rollback there, both
        from the start of a scenario's first measured batch until every backend had reported after
        its last, the job executor's polling included, divided by the operations measured. JVM CPU
        time is the target process's user and system time over the measured batches (all its
        threads: requests, job executor, JIT and GC), divided by the operations measured; unlike
        throughput it hardly moves when other work shares the machine. The database's CPU is not in it.
        """).toString();
  }

  private static String row(String what, String service, String bare, String ratio) {
    return "| " + what + " | " + service + " | " + bare + " | " + ratio + " |\n";
  }

  private static String speed(Throughput throughput, String unit) {
    return String.format(Locale.ROOT, "%.1f %s/s, p50 %.0f ms, p95 %.0f ms",
        throughput.perSecond(), unit, throughput.p50Millis(), throughput.p95Millis());
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.1f×", ratio);
  }

  private static String millis(double value) {
    return String.format(Locale.ROOT, "%.0f ms", value);
  }

  private static String whole(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
