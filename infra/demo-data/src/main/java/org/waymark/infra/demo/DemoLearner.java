package org.waymark.infra.demo;

import java.time.LocalDate;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

/**
 * A generated learner: the characteristics written to {@code learners.csv} and the latent traits
 * the other files are drawn from.
 *
 * @param number 1-based, the number in its id ({@code L000042} is 42)
 * @param atRisk drawn into the high-absence group of the absence model
 * @param absencePropensity the probability that a school day is an absence day
 * @param latePropensity the probability that a present morning is a late one
 * @param ability a standard-normal attainment trait shared by the three areas
 */
record DemoLearner(
    int number,
    String id,
    DemoProvider provider,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    Sex sex,
    Ethnicity ethnicity,
    SendStatus send,
    boolean disadvantaged,
    boolean lookedAfter,
    boolean eal,
    int yearGroup,
    LocalDate enrolledOn,
    boolean atRisk,
    double absencePropensity,
    double latePropensity,
    double ability,
    String tutor) {

  boolean hasSend() {
    return send != SendStatus.N;
  }
}
