package org.waymark.benchmark;

/**
 * The latency of one query: an endpoint, the {@code by} it was asked for ({@code total}: none), the
 * request path, the figures of the timed requests and {@code firstMs}, the very first request of
 * this path (before the warm-up: for the first {@code by} of an endpoint, what the reader loads
 * after data changed is loaded then); {@code error} instead when a request failed.
 */
record QueryResult(
    String endpoint, String by, String path, Double firstMs, Latency latency, String error) {
  boolean ok() {
    return error == null;
  }
}
