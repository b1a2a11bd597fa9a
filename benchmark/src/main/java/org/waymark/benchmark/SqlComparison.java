package org.waymark.benchmark;

import java.util.List;

/**
 * One attendance breakdown by the SQL peer against the API: both latencies, the ratio of SQL time
 * to API time (above 1: the API is faster), and whether both said the same figures.
 */
record SqlComparison(
    String by,
    Latency sql,
    Latency api,
    Double ratioP50,
    Double ratioP95,
    boolean sameFigures,
    List<String> differences) {}
