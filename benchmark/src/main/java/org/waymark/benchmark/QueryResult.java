package org.waymark.benchmark;

/**
 * The latency of one query: an endpoint, the {@code by} it was asked for ({@code total}: none), the
 * request path, and the figures; {@code error} instead when a request failed.
 */
record QueryResult(String endpoint, String by, String path, Latency latency, String error) {
  boolean ok() {
    return error == null;
  }
}
