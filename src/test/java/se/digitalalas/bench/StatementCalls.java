package se.digitalalas.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * pg_stat_statements' calls for one database, per normalised statement text (the same text from
 * several roles or plans counts as one), so that the two targets' statements can be compared
 * line by line: the engine's SQL is the same on both.
 */
record StatementCalls(Map<String, Long> calls) {

  StatementCalls since(StatementCalls before) {
    Map<String, Long> during = new HashMap<>();
    calls.forEach((query, now) -> {
      long delta = now - before.calls.getOrDefault(query, 0L);
      if (delta > 0) {
        during.put(query, delta);
      }
    });
    return new StatementCalls(Map.copyOf(during));
  }

  long of(String query) {
    return calls.getOrDefault(query, 0L);
  }
}
