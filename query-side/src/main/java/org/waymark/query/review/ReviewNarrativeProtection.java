package org.waymark.query.review;

/**
 * Decides what of a review's free text may be written to Elasticsearch: the seam issue 7 replaces
 * with per-learner encryption (an implementation that returns the narrative encrypted with the
 * learner's key, so shredding the key erases it). Until then {@link WithholdConfidentialNarrative}
 * writes nothing of a confidential review's text.
 */
public interface ReviewNarrativeProtection {

  /**
   * The narrative as it may be stored in the read model, or {@code null} to store none.
   *
   * @param learnerId whose review it is (the key owner, for encryption)
   * @param confidential whether the review (or, for an amendment, either of its versions) is
   *     confidential
   * @param narrative the text as recorded
   */
  ReviewNarrative forIndex(String learnerId, boolean confidential, ReviewNarrative narrative);
}
