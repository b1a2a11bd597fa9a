package org.waymark.command.selfreview;

import static org.waymark.api.selfreview.DevelopmentPriority.HIGH;
import static org.waymark.api.selfreview.DevelopmentPriority.LOW;
import static org.waymark.api.selfreview.SelfReviewJudgement.GAP;
import static org.waymark.api.selfreview.SelfReviewJudgement.IN_PLACE;
import static org.waymark.api.selfreview.SelfReviewJudgement.PARTLY;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.selfreview.CompleteSelfReviewCommand;
import org.waymark.api.selfreview.JudgeSelfReviewItemCommand;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewCompletedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.api.selfreview.StartSelfReviewCommand;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;

class SelfReviewTest {
  static final String ID = "SR-1";
  static final LocalDate STARTED = LocalDate.of(2026, 10, 5);
  static final SelfReviewStartedEvent STARTED_ECM =
      new SelfReviewStartedEvent(ID, "P-01", SelfReviewCatalogue.ECM_FIND_THE_GAPS, STARTED);
  static final SelfReviewItemJudgedEvent A46_PARTLY =
      new SelfReviewItemJudgedEvent(ID, "A46", PARTLY, "English and maths only", HIGH);

  FixtureConfiguration<SelfReview> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(SelfReview.class);
  }

  static JudgeSelfReviewItemCommand judge(String code, String evidence, String reason) {
    return new JudgeSelfReviewItemCommand(ID, code, PARTLY, evidence, HIGH, reason);
  }

  @Nested
  class StartSelfReview {
    final StartSelfReviewCommand start =
        new StartSelfReviewCommand(ID, "P-01", SelfReviewCatalogue.ECM_FIND_THE_GAPS, STARTED);

    @Test
    void startsAReviewAgainstTheChosenCatalogue() {
      fixture.givenNoPriorActivity().when(start).expectEvents(STARTED_ECM);
    }

    @Test
    void storesNothingWhenTheSameStartArrivesAgain() {
      fixture.given(STARTED_ECM).when(start).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void rejectsASecondReviewUnderTheSameIdWithOtherDetails() {
      fixture
          .given(STARTED_ECM)
          .when(new StartSelfReviewCommand(ID, "P-01", SelfReviewCatalogue.ILP_CHECKLIST, STARTED))
          .expectNoEvents()
          .expectException(ConflictException.class)
          .expectExceptionMessage("a self-review with this id was already started");
    }
  }

  @Nested
  class JudgeSelfReviewItem {
    @Test
    void recordsAFirstJudgementWithEvidenceAndPriority() {
      fixture
          .given(STARTED_ECM)
          .when(judge("A46", "English and maths only", null))
          .expectEvents(A46_PARTLY);
    }

    @Test
    void storesNothingWhenTheSameJudgementIsMadeAgain() {
      fixture
          .given(STARTED_ECM, A46_PARTLY)
          .when(judge("A46", "English and maths only", "checked again"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void recordsAChangedJudgementAsAnAmendmentWithOldAndNewValues() {
      fixture
          .given(STARTED_ECM, A46_PARTLY)
          .when(
              new JudgeSelfReviewItemCommand(
                  ID, "A46", IN_PLACE, "Every area tracked", LOW, "tracking extended"))
          .expectEvents(
              new SelfReviewItemJudgementAmendedEvent(
                  ID,
                  "A46",
                  PARTLY,
                  IN_PLACE,
                  "English and maths only",
                  "Every area tracked",
                  HIGH,
                  LOW,
                  "tracking extended"));
    }

    @Test
    void comparesAFurtherJudgementWithTheAmendedOneNotTheFirst() {
      fixture
          .given(
              STARTED_ECM,
              A46_PARTLY,
              new SelfReviewItemJudgementAmendedEvent(
                  ID, "A46", PARTLY, GAP, "English and maths only", null, HIGH, HIGH, null))
          .when(new JudgeSelfReviewItemCommand(ID, "A46", GAP, null, HIGH, null))
          .expectNoEvents();
    }

    @Test
    void rejectsACodeThatIsNotInTheReviewsCatalogue() {
      fixture
          .given(STARTED_ECM)
          .when(judge("ILP07", null, null))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }

    @Test
    void rejectsACodeTheSourceDocumentSkips() {
      fixture
          .given(STARTED_ECM)
          .when(judge("S28", null, null))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }

    @Test
    void rejectsAJudgementInAReviewNeverStarted() {
      fixture
          .givenNoPriorActivity()
          .when(judge("A46", null, null))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAJudgementAfterTheReviewWasCompleted() {
      fixture
          .given(STARTED_ECM, A46_PARTLY, new SelfReviewCompletedEvent(ID, STARTED, 1))
          .when(judge("A47", null, null))
          .expectNoEvents()
          .expectException(ConflictException.class)
          .expectExceptionMessage(
              "the self-review was completed on 2026-10-05; nothing more can be recorded");
    }
  }

  @Nested
  class CompleteSelfReview {
    @Test
    void completesAReviewCountingTheItemsJudged() {
      fixture
          .given(
              STARTED_ECM,
              A46_PARTLY,
              new SelfReviewItemJudgedEvent(ID, "W01", IN_PLACE, null, LOW))
          .when(new CompleteSelfReviewCommand(ID, LocalDate.of(2026, 11, 20)))
          .expectEvents(new SelfReviewCompletedEvent(ID, LocalDate.of(2026, 11, 20), 2));
    }

    @Test
    void rejectsCompletingAReviewNeverStarted() {
      fixture
          .givenNoPriorActivity()
          .when(new CompleteSelfReviewCommand(ID, STARTED))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsCompletingAReviewWithNothingJudged() {
      fixture
          .given(STARTED_ECM)
          .when(new CompleteSelfReviewCommand(ID, STARTED))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void rejectsACompletionDatedBeforeTheStart() {
      fixture
          .given(STARTED_ECM, A46_PARTLY)
          .when(new CompleteSelfReviewCommand(ID, STARTED.minusDays(1)))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }

    @Test
    void rejectsCompletingAReviewTwice() {
      fixture
          .given(STARTED_ECM, A46_PARTLY, new SelfReviewCompletedEvent(ID, STARTED, 1))
          .when(new CompleteSelfReviewCommand(ID, STARTED.plusDays(1)))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }
  }
}
