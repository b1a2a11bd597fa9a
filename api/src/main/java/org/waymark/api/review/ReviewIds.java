package org.waymark.api.review;

/**
 * A progress review is keyed {@code review:<reviewId>} in the event store: Axon requires aggregate
 * identifiers unique across types, and a file's review ids (1, 2, 3…) may equal its target ids.
 */
public final class ReviewIds {
  private ReviewIds() {}

  public static String of(String reviewId) {
    return "review:" + reviewId;
  }
}
