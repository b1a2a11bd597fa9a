package org.waymark.benchmark;

import java.util.List;

/**
 * One attendance breakdown by the SQL peer against the API: both latencies, the ratio of SQL time
 * to API time (above 1: the API is faster), and whether both said the same figures. {@code api} is
 * the warm API (repeated requests, answered from what the reader keeps while the data is
 * unchanged); {@code apiCold} requests that each miss every cache (each with its own {@code asAt}
 * after the last event, so the same figures, aggregated again by Elasticsearch).
 */
record SqlComparison(
    String by,
    Latency sql,
    Latency api,
    Latency apiCold,
    Double ratioP50,
    Double ratioP95,
    Double coldRatioP50,
    boolean sameFigures,
    List<String> differences) {}
