package org.waymark.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.EventMetadata;
import org.waymark.api.review.ConfidentialReviewContent;
import org.waymark.api.review.ConfidentialReviewReadEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.ReadConfidentialReviewCommand;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.PersonalData;

/** Review text sealed per learner; confidential content read by its author or the lead only. */
class ConfidentialReviewTest {
  FixtureConfiguration<ProgressReview> fixture;
  PersonalData data;

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    fixture = new AggregateTestFixture<>(ProgressReview.class);
    fixture.registerInjectableResource(data);
    fixture.registerInjectableResource(ProgressReviewTest.CLOCK);
  }

  static ProgressReviewDetails form(boolean confidential) {
    ProgressReviewDetails f = ProgressReviewTest.form();
    return new ProgressReviewDetails(
        f.heldOn(),
        f.tutor(),
        f.lessons(),
        f.absences(),
        f.punctuality(),
        f.workingTowards(),
        f.onTarget(),
        f.previousTargetsMet(),
        f.targetsReviewed(),
        f.newTargetIds(),
        f.learnerSignedOn(),
        f.tutorSignedOn(),
        f.copiesTo(),
        f.nextReviewOn(),
        confidential,
        f.learnerComment(),
        f.tutorComment(),
        f.whyNotMet());
  }

  /** The stored recording, sealed, as recorded by {@code author}. */
  EventMessage<ProgressReviewRecordedEvent> recorded(boolean confidential, String author) {
    data.checkNotErased("L-1");
    ProgressReviewRecordedEvent e =
        ProgressReviewRecordedEvent.of(
            "R-1", "L-1", ProgressReview.narrative(form(confidential), "L-1", data::seal));
    return new GenericEventMessage<>(e, Map.of(EventMetadata.RECORDED_BY, author));
  }

  @Test
  void storesTheCommentsOnlySealed() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordProgressReviewCommand("R-1", "L-1", form(true), false, null))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (ProgressReviewRecordedEvent e) ->
                            PersonalData.isSealed(e.learnerComment())
                                && PersonalData.isSealed(e.tutorComment())
                                && PersonalData.isSealed(e.whyNotMet())
                                && "Good effort".equals(data.openOrNull("L-1", e.tutorComment()))),
                    Matchers.andNoMore())));
  }

  @Test
  void recordsNothingWhenTheSameReviewComesAgain() {
    fixture
        .given(recorded(false, "tutor.a"))
        .when(new RecordProgressReviewCommand("R-1", "L-1", form(false), false, null))
        .expectNoEvents();
  }

  @Test
  void theAuthorReadsTheContentAndTheReadIsRecorded() {
    fixture
        .given(recorded(true, "tutor.a"))
        .when(new ReadConfidentialReviewCommand("R-1", "tutor.a", false))
        .expectEvents(
            new ConfidentialReviewReadEvent(
                "R-1", "L-1", "tutor.a", ProgressReviewTest.CLOCK.instant()))
        .expectResultMessagePayload(
            new ConfidentialReviewContent(
                "R-1",
                "L-1",
                ProgressReviewTest.HELD,
                "tutor.a",
                "I like the practical work",
                "Good effort",
                "Absent for two weeks"));
  }

  @Test
  void theSafeguardingLeadReadsAnyConfidentialReview() {
    fixture
        .given(recorded(true, "tutor.a"))
        .when(new ReadConfidentialReviewCommand("R-1", "lead.b", true))
        .expectEvents(
            new ConfidentialReviewReadEvent(
                "R-1", "L-1", "lead.b", ProgressReviewTest.CLOCK.instant()));
  }

  @Test
  void anyoneElseIsRefusedAndNothingIsRecorded() {
    fixture
        .given(recorded(true, "tutor.a"))
        .when(new ReadConfidentialReviewCommand("R-1", "tutor.c", false))
        .expectNoEvents()
        .expectException(ConfidentialReadForbiddenException.class);
  }

  @Test
  void aReviewThatIsNotConfidentialIsNotReadHere() {
    fixture
        .given(recorded(false, "tutor.a"))
        .when(new ReadConfidentialReviewCommand("R-1", "lead.b", true))
        .expectException(NotConfidentialException.class);
  }

  @Test
  void afterErasureTheContentIsGoneAndNothingMoreIsRecorded() {
    var recording = recorded(true, "tutor.a");
    data.shred("L-1");
    fixture
        .given(recording)
        .when(new ReadConfidentialReviewCommand("R-1", "lead.b", true))
        .expectException(ReviewContentErasedException.class);

    fixture
        .given(recording)
        .when(new RecordProgressReviewCommand("R-1", "L-1", form(true), false, null))
        .expectException(ErasedLearnerException.class);
    assertThat(data.open("L-1", recording.getPayload().tutorComment()).erased()).isTrue();
  }

  @Test
  void anAmendmentSealsUnchangedTextOnceSoItsVersionsDifferOnlyWhereTheTextDoes() {
    ProgressReviewDetails f = form(false);
    ProgressReviewDetails changed =
        new ProgressReviewDetails(
            f.heldOn(),
            f.tutor(),
            f.lessons(),
            f.absences(),
            f.punctuality(),
            f.workingTowards(),
            f.onTarget(),
            f.previousTargetsMet(),
            f.targetsReviewed(),
            f.newTargetIds(),
            f.learnerSignedOn(),
            f.tutorSignedOn(),
            f.copiesTo(),
            f.nextReviewOn(),
            false,
            f.learnerComment(),
            "Much better now",
            f.whyNotMet());
    fixture
        .given(recorded(false, "tutor.a"))
        .when(new RecordProgressReviewCommand("R-1", "L-1", changed, false, "typo"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (org.waymark.api.review.ProgressReviewAmendedEvent e) ->
                            e.previous().learnerComment().equals(e.details().learnerComment())
                                && e.previous().whyNotMet().equals(e.details().whyNotMet())
                                && !e.previous().tutorComment().equals(e.details().tutorComment())
                                && PersonalData.isSealed(e.details().tutorComment())
                                && PersonalData.isSealed(e.reason())
                                && "Much better now"
                                    .equals(data.openOrNull("L-1", e.details().tutorComment()))),
                    Matchers.andNoMore())));
  }
}
