package org.waymark.query;

import java.time.LocalDate;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

/** Learner registrations for ITs. */
public final class TestLearners {
  private TestLearners() {}

  /** A learner of provider P-07, enrolled 4 September 2023. */
  public static LearnerRegisteredEvent registered(String id, boolean disadvantaged) {
    return new LearnerRegisteredEvent(
        id,
        "P-07",
        "Alan",
        "Quillfeather",
        LocalDate.of(2012, 6, 23),
        Sex.M,
        Ethnicity.BAFR,
        SendStatus.E,
        disadvantaged,
        false,
        true,
        "9",
        LocalDate.of(2023, 9, 4));
  }
}
