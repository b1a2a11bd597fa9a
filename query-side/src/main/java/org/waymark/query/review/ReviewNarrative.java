package org.waymark.query.review;

/**
 * The free text of one version of a progress review: what is never indexed in clear. Stored (not
 * searchable) only for reviews that are not confidential; see {@link ReviewNarrativeProtection}.
 *
 * @param workingTowards the level or grade the learner is working towards
 * @param learnerComment the learner's comment
 * @param tutorComment the tutor's comment
 * @param whyNotMet why previous targets were not met
 * @param amendmentReason why the review was amended (amendments only)
 */
public record ReviewNarrative(
    String workingTowards,
    String learnerComment,
    String tutorComment,
    String whyNotMet,
    String amendmentReason) {

  /** Whether there is any text at all (not a bean property: nothing extra is stored). */
  public boolean hasText() {
    return !(blank(workingTowards)
        && blank(learnerComment)
        && blank(tutorComment)
        && blank(whyNotMet)
        && blank(amendmentReason));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
