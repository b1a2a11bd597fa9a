package org.waymark.query.store;

/**
 * A read-model document that knows the global index of the last event applied to it, which is also
 * the Elasticsearch (external) version it is written with.
 */
public interface Positioned {
  long position();
}
