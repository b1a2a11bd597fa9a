package org.waymark.benchmark;

/**
 * One file imported through {@code POST /api/v1/imports/{dataset}}: what the answer said and how
 * long the request took (validation, commands, event-store commit; the projections run beside it).
 */
record ImportStep(String dataset, String file, long rows, long events, double seconds) {
  double eventsPerSecond() {
    return seconds > 0 ? events / seconds : 0;
  }

  double rowsPerSecond() {
    return seconds > 0 ? rows / seconds : 0;
  }
}
