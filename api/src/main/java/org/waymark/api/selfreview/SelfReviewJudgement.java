package org.waymark.api.selfreview;

/** How far a catalogue item is in place at the provider, as the self-review judges it. */
public enum SelfReviewJudgement {
  IN_PLACE,
  PARTLY,
  GAP
}
