package org.waymark.api.qa;

/**
 * Event-store keys of the QA aggregates: Axon's store needs aggregate identifiers unique across
 * types, and a visit or plan numbered like a learner or provider must not share its stream.
 */
public final class QaIds {
  private QaIds() {}

  public static String visit(String visitId) {
    return "qa-visit:" + visitId;
  }

  public static String plan(String planId) {
    return "improvement-plan:" + planId;
  }
}
