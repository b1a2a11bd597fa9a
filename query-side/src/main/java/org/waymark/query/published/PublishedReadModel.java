package org.waymark.query.published;

import org.waymark.query.store.ReadModel;

/**
 * The {@code published-aggregates} read model: breakdown figures already suppressed, for tools that
 * query Elasticsearch directly (Grafana). It is written by {@link AggregatePublisher} on a
 * schedule, not by a processing group, so its group ({@link #GROUP}) is none that a rebuild can
 * name: a rebuild of the other read models is followed by the next publication, which overwrites
 * every figure at the later position.
 */
public final class PublishedReadModel {
  /** Not a processing group: the name under which the publisher, not a processor, writes. */
  public static final String GROUP = "published";

  public static final ReadModel MODEL = new ReadModel("published-aggregates", 1, GROUP);

  private PublishedReadModel() {}
}
