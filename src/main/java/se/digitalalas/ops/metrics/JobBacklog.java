package se.digitalalas.ops.metrics;

import java.time.Duration;

/**
 * The job executor's work: jobs due and free to run (what it acquires: retries left, active,
 * not locked), how long the longest of them has waited since it became due, and the jobs without
 * retries left (each an incident in Cockpit).
 */
public record JobBacklog(long due, Duration longestWait, long withoutRetries) {
}
