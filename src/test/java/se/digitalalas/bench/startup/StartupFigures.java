package se.digitalalas.bench.startup;

/**
 * One start of a target.
 *
 * @param started seconds from the JVM's start to Spring's "Started ... (process running for N)"
 * @param ready seconds from the process's start to readiness (ACCEPTING_TRAFFIC: after the runners)
 * @param cpu CPU seconds (user and system, all threads) the process had used at readiness
 * @param rssReadyKb the resident set (VmRSS) at readiness
 * @param rssIdleKb the resident set after the idle time
 * @param rssServedKb the resident set after the requests
 * @param heapUsedKb the Java heap in use after the requests, as the JVM counts it
 * @param classes the classes loaded (less those unloaded) after the requests
 */
record StartupFigures(double started, double ready, double cpu, long rssReadyKb, long rssIdleKb, long rssServedKb,
    long heapUsedKb, long classes) {
}
