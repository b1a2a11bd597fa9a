package org.waymark.query.review;

import org.springframework.stereotype.Component;
import org.waymark.privacy.PersonalData;

/**
 * The protection in force (issue 7): a confidential review's free text is never written to
 * Elasticsearch at all, in clear or sealed (it is read only through the command side's recorded
 * confidential endpoint); other reviews' text, which arrives sealed with the learner's key, is
 * opened and kept (mapped {@code "index": false}: kept, not searchable). Once the learner is erased
 * the text opens as nothing and nothing is written.
 */
@Component
class WithholdConfidentialNarrative implements ReviewNarrativeProtection {
  private final PersonalData data;

  WithholdConfidentialNarrative(PersonalData data) {
    this.data = data;
  }

  @Override
  public ReviewNarrative forIndex(
      String learnerId, boolean confidential, ReviewNarrative narrative) {
    if (confidential || narrative == null) {
      return null;
    }
    ReviewNarrative opened =
        new ReviewNarrative(
            open(learnerId, narrative.workingTowards()),
            open(learnerId, narrative.learnerComment()),
            open(learnerId, narrative.tutorComment()),
            open(learnerId, narrative.whyNotMet()),
            open(learnerId, narrative.amendmentReason()));
    return opened.hasText() ? opened : null;
  }

  private String open(String learnerId, String value) {
    return data.openOrNull(learnerId, value);
  }
}
