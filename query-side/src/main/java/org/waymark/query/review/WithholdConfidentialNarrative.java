package org.waymark.query.review;

import org.springframework.stereotype.Component;

/**
 * The protection in force until issue 7: a confidential review's free text is never written to
 * Elasticsearch at all; other reviews keep theirs (mapped {@code "index": false}: kept, not
 * searchable).
 */
@Component
class WithholdConfidentialNarrative implements ReviewNarrativeProtection {
  @Override
  public ReviewNarrative forIndex(
      String learnerId, boolean confidential, ReviewNarrative narrative) {
    if (confidential || narrative == null || !narrative.hasText()) {
      return null;
    }
    return narrative;
  }
}
