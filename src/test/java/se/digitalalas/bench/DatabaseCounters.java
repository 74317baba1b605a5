package se.digitalalas.bench;

/**
 * The server's counts for one database: statements (pg_stat_statements calls), transactions
 * (commits and rollbacks), and how often pg_stat_statements had to evict entries, which would
 * lose calls.
 */
record DatabaseCounters(long statements, long transactions, long evictions) {

  DatabaseCounters since(DatabaseCounters before) {
    return new DatabaseCounters(statements - before.statements, transactions - before.transactions,
        evictions - before.evictions);
  }
}
