package org.waymark.command.progress;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.PersonalData;

/** Reasons for amending an assessment or a wider skills rating are stored only sealed. */
class AssessmentSealingTest {
  PersonalData data;
  FixtureConfiguration<Assessment> assessments;
  FixtureConfiguration<WiderSkillsRating> ratings;

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    assessments = new AggregateTestFixture<>(Assessment.class);
    assessments.registerInjectableResource(data);
    assessments.registerInjectableResource(AssessmentTest.CLOCK);
    ratings = new AggregateTestFixture<>(WiderSkillsRating.class);
    ratings.registerInjectableResource(data);
    ratings.registerInjectableResource(WiderSkillsRatingTest.CLOCK);
  }

  static RecordAssessmentCommand rescore(double score, String reason) {
    return new RecordAssessmentCommand(
        AssessmentTest.ID,
        "L-1",
        "maths",
        AssessmentTest.DATE,
        AssessmentKind.BASELINE,
        score,
        reason);
  }

  @Test
  void sealsTheReasonForAChangedScore() {
    assessments
        .given(AssessmentTest.recorded(3.5))
        .when(rescore(4.0, "marked twice"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (AssessmentAmendedEvent e) ->
                            e.score() == 4.0
                                && PersonalData.isSealed(e.reason())
                                && "marked twice".equals(data.openOrNull("L-1", e.reason()))),
                    Matchers.andNoMore())));
  }

  @Test
  void refusesAScoreForAnErasedLearner() {
    data.shred("L-1");
    assessments
        .givenNoPriorActivity()
        .when(rescore(3.5, null))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }

  @Test
  void sealsTheReasonForAChangedRating() {
    WiderSkillsRatings higher = new WiderSkillsRatings(3, 1, 2, 3);
    RateWiderSkillsCommand c =
        new RateWiderSkillsCommand(
            WiderSkillsRatingTest.ID,
            "L-1",
            WiderSkillsRatingTest.DATE,
            AssessmentKind.BASELINE,
            WiderSkillsRater.LEARNER,
            higher,
            "rated the wrong sheet");
    ratings
        .given(WiderSkillsRatingTest.rated(WiderSkillsRatingTest.LOW))
        .when(c)
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (WiderSkillsRatingAmendedEvent e) ->
                            e.ratings().equals(higher)
                                && PersonalData.isSealed(e.reason())
                                && "rated the wrong sheet"
                                    .equals(data.openOrNull("L-1", e.reason()))),
                    Matchers.andNoMore())));
  }

  @Test
  void refusesARatingForAnErasedLearner() {
    data.shred("L-1");
    ratings
        .givenNoPriorActivity()
        .when(WiderSkillsRatingTest.rate(WiderSkillsRatingTest.LOW, WiderSkillsRatingTest.DATE))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }
}
