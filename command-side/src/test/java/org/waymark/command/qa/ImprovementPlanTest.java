package org.waymark.command.qa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.qa.AddImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementPlanCommand;
import org.waymark.api.qa.ImprovementActionAddedEvent;
import org.waymark.api.qa.ImprovementActionClosedEvent;
import org.waymark.api.qa.ImprovementActionOutcome;
import org.waymark.api.qa.ImprovementActionReviewedEvent;
import org.waymark.api.qa.ImprovementActionStatus;
import org.waymark.api.qa.ImprovementPlanClosedEvent;
import org.waymark.api.qa.ImprovementPlanOpenedEvent;
import org.waymark.api.qa.OpenImprovementPlanCommand;
import org.waymark.api.qa.ReviewImprovementActionCommand;
import org.waymark.command.web.NotFoundException;

class ImprovementPlanTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
  static final String PLAN = "PIP-1";
  static final String PROVIDER = "P-07";
  static final LocalDate OPENED_ON = LocalDate.of(2026, 10, 23);
  static final LocalDate BY_WHEN = LocalDate.of(2027, 1, 31);
  static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

  static final ImprovementPlanOpenedEvent OPENED =
      new ImprovementPlanOpenedEvent(PLAN, PROVIDER, "V-1", OPENED_ON);
  static final ImprovementPlanClosedEvent PLAN_CLOSED =
      new ImprovementPlanClosedEvent(PLAN, PROVIDER, TODAY);

  FixtureConfiguration<ImprovementPlan> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ImprovementPlan.class);
    fixture.registerInjectableResource(CLOCK);
  }

  static AddImprovementActionCommand add(String actionId, LocalDate byWhen) {
    return new AddImprovementActionCommand(
        PLAN, actionId, 3, "3.5", "Self-evaluation", "Write a SEF", byWhen, "Centre manager");
  }

  static ImprovementActionAddedEvent added(String actionId) {
    return new ImprovementActionAddedEvent(
        PLAN,
        PROVIDER,
        actionId,
        3,
        "3.5",
        "Self-evaluation",
        "Write a SEF",
        BY_WHEN,
        "Centre manager");
  }

  static ImprovementActionClosedEvent actionClosed(String actionId) {
    return new ImprovementActionClosedEvent(
        PLAN, PROVIDER, actionId, TODAY, ImprovementActionOutcome.ACHIEVED);
  }

  static ReviewImprovementActionCommand review(LocalDate on) {
    return new ReviewImprovementActionCommand(
        PLAN, "A1", on, "Draft shared", ImprovementActionStatus.ON_TRACK);
  }

  static ImprovementActionReviewedEvent reviewed(LocalDate on) {
    return new ImprovementActionReviewedEvent(
        PLAN, PROVIDER, "A1", on, "Draft shared", ImprovementActionStatus.ON_TRACK);
  }

  @Nested
  class OpenImprovementPlan {
    final OpenImprovementPlanCommand open =
        new OpenImprovementPlanCommand(PLAN, PROVIDER, "V-1", OPENED_ON);

    @Test
    void opensAPlanForAProviderFollowingAVisit() {
      fixture.givenNoPriorActivity().when(open).expectEvents(OPENED);
    }

    @Test
    void changesNothingWhenTheSamePlanIsOpenedAgain() {
      fixture.given(OPENED).when(open).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void rejectsTheSamePlanIdWithDifferentDetails() {
      fixture
          .given(OPENED)
          .when(new OpenImprovementPlanCommand(PLAN, "P-99", null, OPENED_ON))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsAnOpeningDateInTheFuture() {
      fixture
          .givenNoPriorActivity()
          .when(new OpenImprovementPlanCommand(PLAN, PROVIDER, null, TODAY.plusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }
  }

  @Nested
  class AddImprovementAction {
    @Test
    void addsAnActionWithItsAreaDeadlineAndPersonResponsible() {
      fixture.given(OPENED).when(add("A1", BY_WHEN)).expectEvents(added("A1"));
    }

    @Test
    void takesTheThemeFromTheCriterionWhenOnlyTheCriterionIsGiven() {
      fixture
          .given(OPENED)
          .when(
              new AddImprovementActionCommand(
                  PLAN,
                  "A1",
                  null,
                  "3.5",
                  "Self-evaluation",
                  "Write a SEF",
                  BY_WHEN,
                  "Centre manager"))
          .expectEvents(added("A1"));
    }

    @Test
    void changesNothingWhenTheSameActionIsAddedAgain() {
      fixture.given(OPENED, added("A1")).when(add("A1", BY_WHEN)).expectNoEvents();
    }

    @Test
    void rejectsADifferentActionUnderAnIdAlreadyUsed() {
      fixture
          .given(OPENED, added("A1"))
          .when(add("A1", BY_WHEN.plusDays(7)))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsADeadlineBeforeThePlanWasOpened() {
      fixture
          .given(OPENED)
          .when(add("A1", OPENED_ON.minusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsACriterionTheFrameworkDoesNotHaveInThatTheme() {
      fixture
          .given(OPENED)
          .when(
              new AddImprovementActionCommand(
                  PLAN, "A1", 4, "3.5", "Area", "Action", BY_WHEN, "Manager"))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAThemeOutsideTheFramework() {
      fixture
          .given(OPENED)
          .when(
              new AddImprovementActionCommand(
                  PLAN, "A1", 12, null, "Area", "Action", BY_WHEN, "Manager"))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAnActionForAPlanNeverOpened() {
      fixture
          .givenNoPriorActivity()
          .when(add("A1", BY_WHEN))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsANewActionOnAClosedPlan() {
      fixture
          .given(OPENED, PLAN_CLOSED)
          .when(add("A2", BY_WHEN))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }
  }

  @Nested
  class ReviewImprovementAction {
    final LocalDate reviewedOn = LocalDate.of(2026, 12, 10);

    @Test
    void recordsADatedReviewOfProgress() {
      fixture
          .given(OPENED, added("A1"))
          .when(review(reviewedOn))
          .expectEvents(reviewed(reviewedOn));
    }

    @Test
    void changesNothingWhenTheSameReviewIsRecordedAgain() {
      fixture
          .given(OPENED, added("A1"), reviewed(reviewedOn))
          .when(review(reviewedOn))
          .expectNoEvents();
    }

    @Test
    void rejectsAReviewOfAnActionNotInThePlan() {
      fixture
          .given(OPENED)
          .when(review(reviewedOn))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAReviewForAPlanNeverOpened() {
      fixture
          .givenNoPriorActivity()
          .when(review(reviewedOn))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAReviewOfAClosedAction() {
      fixture
          .given(OPENED, added("A1"), actionClosed("A1"))
          .when(review(reviewedOn))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsAReviewAfterThePlanWasClosed() {
      fixture
          .given(OPENED, added("A1"), actionClosed("A1"), PLAN_CLOSED)
          .when(review(reviewedOn))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsAReviewDatedBeforeThePlanWasOpened() {
      fixture
          .given(OPENED, added("A1"))
          .when(review(OPENED_ON.minusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAReviewDatedInTheFuture() {
      fixture
          .given(OPENED, added("A1"))
          .when(review(TODAY.plusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }
  }

  @Nested
  class CloseImprovementAction {
    final CloseImprovementActionCommand close =
        new CloseImprovementActionCommand(PLAN, "A1", TODAY, ImprovementActionOutcome.ACHIEVED);

    @Test
    void closesAnActionWithItsOutcome() {
      fixture.given(OPENED, added("A1")).when(close).expectEvents(actionClosed("A1"));
    }

    @Test
    void rejectsClosingAnActionTwice() {
      fixture
          .given(OPENED, added("A1"), actionClosed("A1"))
          .when(close)
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsClosingAnActionNotInThePlan() {
      fixture.given(OPENED).when(close).expectNoEvents().expectException(NotFoundException.class);
    }

    @Test
    void rejectsClosingAnActionOfAPlanNeverOpened() {
      fixture
          .givenNoPriorActivity()
          .when(close)
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsClosingAnActionOfAClosedPlan() {
      fixture
          .given(OPENED, added("A1"), PLAN_CLOSED)
          .when(close)
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsAClosureDatedBeforeThePlanWasOpened() {
      fixture
          .given(OPENED, added("A1"))
          .when(
              new CloseImprovementActionCommand(
                  PLAN, "A1", OPENED_ON.minusDays(1), ImprovementActionOutcome.WITHDRAWN))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAClosureDatedInTheFuture() {
      fixture
          .given(OPENED, added("A1"))
          .when(
              new CloseImprovementActionCommand(
                  PLAN, "A1", TODAY.plusDays(1), ImprovementActionOutcome.ACHIEVED))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }
  }

  @Nested
  class CloseImprovementPlan {
    final CloseImprovementPlanCommand close = new CloseImprovementPlanCommand(PLAN, TODAY);

    @Test
    void closesAPlanWhoseActionsAreAllClosed() {
      fixture.given(OPENED, added("A1"), actionClosed("A1")).when(close).expectEvents(PLAN_CLOSED);
    }

    @Test
    void rejectsClosingAPlanWithAnActionStillOpen() {
      fixture
          .given(OPENED, added("A1"), actionClosed("A1"), added("A2"))
          .when(close)
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsClosingAPlanTwice() {
      fixture
          .given(OPENED, PLAN_CLOSED)
          .when(close)
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsClosingAPlanNeverOpened() {
      fixture
          .givenNoPriorActivity()
          .when(close)
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAClosureDatedBeforeThePlanWasOpened() {
      fixture
          .given(OPENED)
          .when(new CloseImprovementPlanCommand(PLAN, OPENED_ON.minusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAClosureDatedInTheFuture() {
      fixture
          .given(OPENED)
          .when(new CloseImprovementPlanCommand(PLAN, TODAY.plusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }
  }
}
