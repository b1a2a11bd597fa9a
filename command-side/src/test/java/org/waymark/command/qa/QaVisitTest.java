package org.waymark.command.qa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.qa.CompleteQaVisitCommand;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.PreVisitCheckRecordedEvent;
import org.waymark.api.qa.QaCriterionJudgedEvent;
import org.waymark.api.qa.QaCriterionJudgementAmendedEvent;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.QaThemePrioritySetEvent;
import org.waymark.api.qa.QaVisitCompletedEvent;
import org.waymark.api.qa.QaVisitRescheduledEvent;
import org.waymark.api.qa.QaVisitScheduledEvent;
import org.waymark.api.qa.RecordPreVisitCheckCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.api.qa.SetQaThemePriorityCommand;
import org.waymark.command.web.NotFoundException;

class QaVisitTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-30T09:00:00Z"), ZoneOffset.UTC);
  static final String VISIT = "V-1";
  static final String PROVIDER = "P-07";
  static final LocalDate VISIT_ON = LocalDate.of(2026, 10, 14);

  static final QaVisitScheduledEvent SCHEDULED =
      new QaVisitScheduledEvent(VISIT, PROVIDER, VISIT_ON, "LA QA officer");
  static final QaVisitCompletedEvent COMPLETED =
      new QaVisitCompletedEvent(VISIT, PROVIDER, VISIT_ON, LocalDate.of(2026, 10, 15));

  FixtureConfiguration<QaVisit> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(QaVisit.class);
    fixture.registerInjectableResource(CLOCK);
  }

  static JudgeQaCriterionCommand judge(
      int theme, String criterion, QaJudgement judgement, String evidence) {
    return new JudgeQaCriterionCommand(VISIT, theme, criterion, judgement, evidence, null, null);
  }

  static QaCriterionJudgedEvent judged(
      int theme, String criterion, QaJudgement judgement, String evidence) {
    return new QaCriterionJudgedEvent(VISIT, PROVIDER, theme, criterion, judgement, evidence, null);
  }

  @Nested
  class ScheduleQaVisit {
    @Test
    void schedulesANewVisitToAProvider() {
      fixture
          .givenNoPriorActivity()
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, VISIT_ON, "LA QA officer"))
          .expectEvents(SCHEDULED);
    }

    @Test
    void changesNothingWhenTheSameVisitIsScheduledAgain() {
      fixture
          .given(SCHEDULED)
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, VISIT_ON, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void reschedulesAVisitToAnotherDateKeepingItsVisitors() {
      LocalDate later = LocalDate.of(2026, 10, 21);
      fixture
          .given(SCHEDULED)
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, later, null))
          .expectEvents(
              new QaVisitRescheduledEvent(VISIT, PROVIDER, VISIT_ON, later, "LA QA officer"));
    }

    @Test
    void recordsAChangeOfVisitorsAsARescheduling() {
      fixture
          .given(SCHEDULED)
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, VISIT_ON, "Home school SENCo"))
          .expectEvents(
              new QaVisitRescheduledEvent(
                  VISIT, PROVIDER, VISIT_ON, VISIT_ON, "Home school SENCo"));
    }

    @Test
    void rejectsTheSameVisitIdForAnotherProvider() {
      fixture
          .given(SCHEDULED)
          .when(new ScheduleQaVisitCommand(VISIT, "P-99", VISIT_ON, null))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsReschedulingACompletedVisit() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, LocalDate.of(2026, 10, 21), null))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void acceptsAnIdenticalScheduleAfterCompletionSoAReimportChangesNothing() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(new ScheduleQaVisitCommand(VISIT, PROVIDER, VISIT_ON, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class RecordPreVisitCheck {
    final RecordPreVisitCheckCommand registered =
        new RecordPreVisitCheckCommand(
            VISIT, true, "884/6001", "Good", LocalDate.of(2024, 3, 12), List.of("Attendance"));

    final PreVisitCheckRecordedEvent recorded =
        new PreVisitCheckRecordedEvent(
            VISIT,
            PROVIDER,
            true,
            "884/6001",
            "Good",
            LocalDate.of(2024, 3, 12),
            List.of("Attendance"));

    @Test
    void recordsTheRegistrationStatusAndLastInspection() {
      fixture.given(SCHEDULED).when(registered).expectEvents(recorded);
    }

    @Test
    void changesNothingWhenTheSameCheckIsRecordedAgain() {
      fixture.given(SCHEDULED, recorded).when(registered).expectNoEvents();
    }

    @Test
    void replacesAnEarlierCheckWithADifferentOne() {
      RecordPreVisitCheckCommand unregistered =
          new RecordPreVisitCheckCommand(VISIT, false, null, null, null, List.of());
      fixture
          .given(SCHEDULED, recorded)
          .when(unregistered)
          .expectEvents(
              new PreVisitCheckRecordedEvent(VISIT, PROVIDER, false, null, null, null, List.of()));
    }

    @Test
    void rejectsALastInspectionAfterTheVisitDate() {
      fixture
          .given(SCHEDULED)
          .when(
              new RecordPreVisitCheckCommand(
                  VISIT, true, "884/6001", "Good", VISIT_ON.plusDays(1), List.of()))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsACheckForAVisitNeverScheduled() {
      fixture
          .givenNoPriorActivity()
          .when(registered)
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAChangedCheckAfterTheVisitWasCompleted() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(registered)
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }
  }

  @Nested
  class JudgeQaCriterion {
    @Test
    void recordsAFirstJudgementWithItsEvidence() {
      fixture
          .given(SCHEDULED)
          .when(judge(3, "3.5", QaJudgement.PARTIALLY_MET, "Draft self-evaluation"))
          .expectEvents(judged(3, "3.5", QaJudgement.PARTIALLY_MET, "Draft self-evaluation"));
    }

    @Test
    void changesNothingWhenTheSameJudgementIsRepeated() {
      fixture
          .given(SCHEDULED, judged(1, "1.1", QaJudgement.FULLY_MET, "SCR seen"))
          .when(judge(1, "1.1", QaJudgement.FULLY_MET, "SCR seen"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void treatsAbsentEvidenceAsUnchangedSoAnImportWithoutTheColumnChangesNothing() {
      fixture
          .given(SCHEDULED, judged(1, "1.1", QaJudgement.FULLY_MET, "SCR seen"))
          .when(judge(1, "1.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents();
    }

    @Test
    void recordsAChangedJudgementAsAnAmendmentWithOldAndNew() {
      fixture
          .given(SCHEDULED, judged(3, "3.5", QaJudgement.PARTIALLY_MET, "Draft"))
          .when(
              new JudgeQaCriterionCommand(
                  VISIT, 3, "3.5", QaJudgement.FULLY_MET, "Final SEF", "Seen", "Sent after visit"))
          .expectEvents(
              new QaCriterionJudgementAmendedEvent(
                  VISIT,
                  PROVIDER,
                  3,
                  "3.5",
                  QaJudgement.PARTIALLY_MET,
                  QaJudgement.FULLY_MET,
                  "Draft",
                  "Final SEF",
                  null,
                  "Seen",
                  "Sent after visit"));
    }

    @Test
    void rejectsPartiallyMetForACriterionOfAnEssentialTheme() {
      fixture
          .given(SCHEDULED)
          .when(judge(2, "2.3", QaJudgement.PARTIALLY_MET, null))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAMissingJudgement() {
      fixture
          .given(SCHEDULED)
          .when(judge(4, "4.1", null, null))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsACriterionTheFrameworkDoesNotHave() {
      fixture
          .given(SCHEDULED)
          .when(judge(7, "7.3", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsACriterionOfAnotherTheme() {
      fixture
          .given(SCHEDULED)
          .when(judge(4, "1.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAThemeOutsideOneToNine() {
      fixture
          .given(SCHEDULED)
          .when(judge(10, "10.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsAJudgementForAVisitNeverScheduled() {
      fixture
          .givenNoPriorActivity()
          .when(judge(1, "1.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsANewJudgementAfterTheVisitWasCompleted() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(judge(1, "1.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsAnAmendmentAfterTheVisitWasCompleted() {
      fixture
          .given(SCHEDULED, judged(1, "1.1", QaJudgement.NOT_MET, null), COMPLETED)
          .when(judge(1, "1.1", QaJudgement.FULLY_MET, null))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void acceptsAnIdenticalJudgementAfterCompletionSoAReimportChangesNothing() {
      fixture
          .given(SCHEDULED, judged(1, "1.1", QaJudgement.NOT_MET, "No SCR"), COMPLETED)
          .when(judge(1, "1.1", QaJudgement.NOT_MET, "No SCR"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class SetQaThemePriority {
    @Test
    void recordsAThemesPriorities() {
      fixture
          .given(SCHEDULED)
          .when(new SetQaThemePriorityCommand(VISIT, 8, "Agree baselines"))
          .expectEvents(new QaThemePrioritySetEvent(VISIT, PROVIDER, 8, "Agree baselines"));
    }

    @Test
    void changesNothingWhenTheSamePrioritiesAreSetAgain() {
      fixture
          .given(SCHEDULED, new QaThemePrioritySetEvent(VISIT, PROVIDER, 8, "Agree baselines"))
          .when(new SetQaThemePriorityCommand(VISIT, 8, "Agree baselines"))
          .expectNoEvents();
    }

    @Test
    void rejectsAThemeOutsideTheFramework() {
      fixture
          .given(SCHEDULED)
          .when(new SetQaThemePriorityCommand(VISIT, 0, "Anything"))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsPrioritiesForAVisitNeverScheduled() {
      fixture
          .givenNoPriorActivity()
          .when(new SetQaThemePriorityCommand(VISIT, 8, "Agree baselines"))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsPrioritiesAfterTheVisitWasCompleted() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(new SetQaThemePriorityCommand(VISIT, 8, "Agree baselines"))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }
  }

  @Nested
  class CompleteQaVisit {
    @Test
    void completesAVisitOnTheDateGiven() {
      fixture
          .given(SCHEDULED)
          .when(new CompleteQaVisitCommand(VISIT, LocalDate.of(2026, 10, 15)))
          .expectEvents(COMPLETED);
    }

    @Test
    void completesAVisitTodayWhenNoDateIsGiven() {
      fixture
          .given(SCHEDULED)
          .when(new CompleteQaVisitCommand(VISIT, null))
          .expectEvents(
              new QaVisitCompletedEvent(VISIT, PROVIDER, VISIT_ON, LocalDate.of(2026, 10, 30)));
    }

    @Test
    void rejectsCompletingAVisitTwice() {
      fixture
          .given(SCHEDULED, COMPLETED)
          .when(new CompleteQaVisitCommand(VISIT, null))
          .expectNoEvents()
          .expectException(QaConflictException.class);
    }

    @Test
    void rejectsACompletionBeforeTheVisitDate() {
      fixture
          .given(SCHEDULED)
          .when(new CompleteQaVisitCommand(VISIT, VISIT_ON.minusDays(1)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsACompletionInTheFuture() {
      fixture
          .given(SCHEDULED)
          .when(new CompleteQaVisitCommand(VISIT, LocalDate.of(2026, 10, 31)))
          .expectNoEvents()
          .expectException(QaRejectedException.class);
    }

    @Test
    void rejectsCompletingAVisitNeverScheduled() {
      fixture
          .givenNoPriorActivity()
          .when(new CompleteQaVisitCommand(VISIT, null))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }
}
