package org.waymark.analytics;

import java.time.LocalDate;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

/** Builds learner profiles for worked examples: defaults F, WBRI, N, not disadvantaged, P1, 10. */
public final class Learners {
  private String id;
  private String provider = "P1";
  private Sex sex = Sex.F;
  private Ethnicity ethnicity = Ethnicity.WBRI;
  private SendStatus send = SendStatus.N;
  private boolean disadvantaged;
  private boolean lookedAfter;
  private boolean eal;
  private String yearGroup = "10";
  private LocalDate enrolledOn = LocalDate.of(2024, 9, 1);
  private LocalDate leftOn;

  private Learners(String id) {
    this.id = id;
  }

  public static Learners learner(String id) {
    return new Learners(id);
  }

  public Learners provider(String p) {
    provider = p;
    return this;
  }

  public Learners sex(Sex s) {
    sex = s;
    return this;
  }

  public Learners ethnicity(String code) {
    ethnicity = Ethnicity.fromCode(code);
    return this;
  }

  public Learners send(SendStatus s) {
    send = s;
    return this;
  }

  public Learners disadvantaged() {
    disadvantaged = true;
    return this;
  }

  public Learners lookedAfter() {
    lookedAfter = true;
    return this;
  }

  public Learners eal() {
    eal = true;
    return this;
  }

  public Learners yearGroup(String y) {
    yearGroup = y;
    return this;
  }

  public Learners enrolledOn(LocalDate d) {
    enrolledOn = d;
    return this;
  }

  public Learners leftOn(LocalDate d) {
    leftOn = d;
    return this;
  }

  public LearnerProfile build() {
    return new LearnerProfile(
        id,
        provider,
        sex,
        ethnicity,
        send,
        disadvantaged,
        lookedAfter,
        eal,
        yearGroup,
        enrolledOn,
        leftOn);
  }
}
