package se.digitalalas.bench;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Where a scenario's statements go (-Dbench.statements=N): the N statements with the most calls
 * per operation on each target, and the N with the largest difference between them, as Markdown
 * for target/benchmark/statements.md.
 */
final class StatementTable {

  private static final int QUERY_WIDTH = 220;

  private StatementTable() {
  }

  static String of(List<ScenarioResult> results, Targets targets, int top) {
    StringBuilder out = new StringBuilder("# Where the statements go: pg_stat_statements per target\n\n")
        .append("Calls per operation during the measured batches (the same window as result.md), per normalised")
        .append(" statement; the difference is the service's calls less the bare engine's.\n");
    for (ScenarioResult result : results) {
      Target service = targets.service();
      Target bare = targets.bare();
      StatementCalls onService = result.statements(service);
      StatementCalls onBare = result.statements(bare);
      double serviceOps = result.operations(service);
      double bareOps = result.operations(bare);
      ToDoubleFunction<String> perServiceOp = query -> onService.of(query) / serviceOps;
      ToDoubleFunction<String> perBareOp = query -> onBare.of(query) / bareOps;
      Set<String> queries = new HashSet<>(onService.calls().keySet());
      queries.addAll(onBare.calls().keySet());
      String per = result.scenario().unit();
      out.append("\n## ").append(result.scenario().name()).append("\n");
      section(out, "Most calls on the service", queries, perServiceOp, perServiceOp, perBareOp, top, per);
      section(out, "Most calls on the bare engine", queries, perBareOp, perServiceOp, perBareOp, top, per);
      section(out, "Largest differences", queries,
          query -> Math.abs(perServiceOp.applyAsDouble(query) - perBareOp.applyAsDouble(query)),
          perServiceOp, perBareOp, top, per);
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Set<String> queries, ToDoubleFunction<String> order,
      ToDoubleFunction<String> service, ToDoubleFunction<String> bare, int top, String per) {
    out.append("\n### ").append(title).append("\n\n")
        .append("| service per ").append(per).append(" | bare engine per ").append(per).append(" | difference | statement |\n")
        .append("|---:|---:|---:|---|\n");
    queries.stream()
        .sorted(Comparator.comparingDouble(order).reversed().thenComparing(Comparator.naturalOrder()))
        .limit(top)
        .forEach(query -> {
          double onService = service.applyAsDouble(query);
          double onBare = bare.applyAsDouble(query);
          out.append(String.format(Locale.ROOT, "| %.1f | %.1f | %+.1f | `%s` |%n", onService, onBare,
              onService - onBare, shortened(query)));
        });
  }

  /** One line, at most QUERY_WIDTH characters, safe inside a Markdown table cell and code span. */
  static String shortened(String query) {
    String line = query.replaceAll("\\s+", " ").trim().replace("|", "\\|").replace("`", "'");
    return line.length() <= QUERY_WIDTH ? line : line.substring(0, QUERY_WIDTH - 1) + "…";
  }
}
