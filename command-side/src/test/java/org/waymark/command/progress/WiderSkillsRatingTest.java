package org.waymark.command.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.WiderSkillsRatedEvent;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.api.progress.WiderSkillsRatings;

class WiderSkillsRatingTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DATE = LocalDate.of(2026, 9, 15);
  static final String ID =
      RateWiderSkillsCommand.key("L-1", DATE, AssessmentKind.BASELINE, WiderSkillsRater.LEARNER);
  static final WiderSkillsRatings LOW = new WiderSkillsRatings(2, 1, 2, 3);

  FixtureConfiguration<WiderSkillsRating> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(WiderSkillsRating.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static RateWiderSkillsCommand rate(WiderSkillsRatings ratings, LocalDate date) {
    return new RateWiderSkillsCommand(
        RateWiderSkillsCommand.key("L-1", date, AssessmentKind.BASELINE, WiderSkillsRater.LEARNER),
        "L-1",
        date,
        AssessmentKind.BASELINE,
        WiderSkillsRater.LEARNER,
        ratings,
        null);
  }

  static WiderSkillsRatedEvent rated(WiderSkillsRatings ratings) {
    return new WiderSkillsRatedEvent(
        ID, "L-1", DATE, AssessmentKind.BASELINE, WiderSkillsRater.LEARNER, ratings);
  }

  @Nested
  class RateWiderSkills {
    @Test
    void recordsANewRating() {
      fixture.givenNoPriorActivity().when(rate(LOW, DATE)).expectEvents(rated(LOW));
    }

    @Test
    void recordsNothingWhenTheSameRatingIsGivenAgain() {
      fixture.given(rated(LOW)).when(rate(LOW, DATE)).expectNoEvents();
    }

    @Test
    void amendsAChangedRatingKeepingTheOldOne() {
      WiderSkillsRatings better = new WiderSkillsRatings(2, 2, 2, 3);
      fixture
          .given(rated(LOW))
          .when(rate(better, DATE))
          .expectEvents(
              new WiderSkillsRatingAmendedEvent(
                  ID,
                  "L-1",
                  DATE,
                  AssessmentKind.BASELINE,
                  WiderSkillsRater.LEARNER,
                  LOW,
                  better,
                  null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void rejectsARatingOutsideOneToFive(int rating) {
      fixture
          .givenNoPriorActivity()
          .when(rate(new WiderSkillsRatings(3, 3, rating, 3), DATE))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }

    @Test
    void rejectsEachSkillOutsideTheRangeNotOnlyTheFirst() {
      fixture
          .givenNoPriorActivity()
          .when(rate(new WiderSkillsRatings(3, 3, 3, 9), DATE))
          .expectException(ProgressRejectedException.class);
      fixture
          .givenNoPriorActivity()
          .when(rate(new WiderSkillsRatings(0, 3, 3, 3), DATE))
          .expectException(ProgressRejectedException.class);
      fixture
          .givenNoPriorActivity()
          .when(rate(new WiderSkillsRatings(3, 7, 3, 3), DATE))
          .expectException(ProgressRejectedException.class);
    }

    @Test
    void rejectsARatingDatedInTheFuture() {
      fixture
          .givenNoPriorActivity()
          .when(rate(LOW, LocalDate.of(2026, 11, 24)))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }

    @Test
    void rejectsAnIdThatIsNotTheNaturalKey() {
      fixture
          .givenNoPriorActivity()
          .when(
              new RateWiderSkillsCommand(
                  "W-1", "L-1", DATE, AssessmentKind.BASELINE, WiderSkillsRater.TUTOR, LOW, null))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }
  }
}
