package se.digitalalas.bench.startup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The figures of every start, by target and kind, and their table: the median of the rounds for
 * each, and the service's over the bare starter app's.
 */
final class StartupResults {

  private final StartupTarget service;
  private final StartupTarget bare;
  private final Map<StartupTarget, Map<StartupKind, List<StartupFigures>>> figures = new LinkedHashMap<>();

  /** The service first, the bare starter app second. */
  StartupResults(List<StartupTarget> targets) {
    this.service = targets.get(0);
    this.bare = targets.get(1);
    targets.forEach(target -> figures.put(target, new EnumMap<>(StartupKind.class)));
  }

  void add(StartupTarget target, StartupKind kind, StartupFigures start) {
    figures.get(target).computeIfAbsent(kind, any -> new ArrayList<>()).add(start);
  }

  String table() {
    StringBuilder table = new StringBuilder();
    table.append("| what (median of the rounds) | service | bare starter | ratio |\n|---|---|---|---|\n");
    for (StartupKind kind : StartupKind.values()) {
      row(table, kind, "\"Started\", process running for", "s", StartupFigures::started, 1);
      row(table, kind, "ready (runners done), from process start", "s", StartupFigures::ready, 1);
      row(table, kind, "CPU time to ready", "s", StartupFigures::cpu, 1);
      row(table, kind, "RSS once ready", "MB", StartupFigures::rssReadyKb, 1024);
      row(table, kind, "RSS after the idle time", "MB", StartupFigures::rssIdleKb, 1024);
      row(table, kind, "RSS after sign-in and a task query", "MB", StartupFigures::rssServedKb, 1024);
      row(table, kind, "heap in use then", "MB", StartupFigures::heapUsedKb, 1024);
      row(table, kind, "classes loaded then", "", StartupFigures::classes, 1);
    }
    return table.toString();
  }

  private void row(StringBuilder table, StartupKind kind, String what, String unit,
      ToDoubleFunction<StartupFigures> figure, double divisor) {
    double ofService = median(figures.get(service).get(kind), figure) / divisor;
    double ofBare = median(figures.get(bare).get(kind), figure) / divisor;
    String format = unit.equals("s") ? "%.2f %s" : "%.0f %s";
    table.append(String.format(Locale.ROOT, "| %s, %s | " + format + " | " + format + " | %.2f× |\n",
        kind.description(), what, ofService, unit, ofBare, unit, ofService / ofBare).replace("  |", " |"));
  }

  private static double median(List<StartupFigures> starts, ToDoubleFunction<StartupFigures> figure) {
    double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
