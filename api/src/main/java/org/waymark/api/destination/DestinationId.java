package org.waymark.api.destination;

/**
 * The aggregate identifier of a learner's destination record, named apart from the learner's own
 * stream in the event store ({@code destination:L-0001}).
 */
public final class DestinationId {
  public static final String PREFIX = "destination:";

  private DestinationId() {}

  public static String of(String learnerId) {
    return PREFIX + learnerId;
  }
}
