package org.waymark.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.query.Characteristic;
import org.waymark.api.target.TargetOutcome;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.TestLearners;
import org.waymark.query.attendance.AttendanceMonthDocument;
import org.waymark.query.learner.LearnerDocument;
import org.waymark.query.progress.AssessmentDocument;
import org.waymark.query.target.TargetDocument;

/**
 * {@link DocumentStore#readAhead} on the real embedded Kafka, Elasticsearch and PostgreSQL: a
 * backlog the processors find waiting when they start is handled in batches whose documents were
 * all read ahead (no event fetched its document on its own), with the same documents as event by
 * event: a document the batch itself created and then changed is taken from the batch's writes, one
 * that existed before from what was read ahead, and a re-delivered event is still a duplicate.
 */
@WithEmbeddedServices
class ReadAheadIT {
  static final Instant T0 = Instant.parse("2025-10-06T16:00:00Z");

  @Test
  void aBacklogIsProjectedFromDocumentsReadAheadWithTheSameResult() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(ReadAheadIT.class, "backlog")) {
      q.publish(TestLearners.registered("L-1", false), "L-1", 1, T0);
      q.awaitCaughtUpTo(1);

      q.restart(
          () -> {
            q.publish(
                new AssessmentRecordedEvent(
                    "A-1", "L-1", "maths", LocalDate.of(2025, 9, 10), AssessmentKind.BASELINE, 3),
                "A-1",
                2,
                T0.plusSeconds(2));
            q.publish(
                new AssessmentAmendedEvent(
                    "A-1",
                    "L-1",
                    "maths",
                    LocalDate.of(2025, 9, 10),
                    AssessmentKind.BASELINE,
                    3,
                    4,
                    "marked again"),
                "A-1",
                3,
                T0.plusSeconds(3));
            q.publish(
                new TargetSetEvent(
                    "T-1",
                    "L-1",
                    "maths",
                    "Fractions",
                    "Test",
                    LocalDate.of(2025, 9, 10),
                    LocalDate.of(2025, 12, 1),
                    null),
                "T-1",
                4,
                T0.plusSeconds(4));
            q.publish(
                new TargetOutcomeRecordedEvent(
                    "T-1", "L-1", LocalDate.of(2025, 12, 1), TargetOutcome.MET, null, null),
                "T-1",
                5,
                T0.plusSeconds(5));
            q.publish(
                new AttendanceMarksRecordedEvent("L-1", septemberAndOctober()),
                "attendance:L-1",
                6,
                T0.plusSeconds(6));
            q.publish(
                new AttendanceMarkAmendedEvent(
                    "L-1", LocalDate.of(2025, 9, 1), Session.PM, "\\", "M", null),
                "attendance:L-1",
                7,
                T0.plusSeconds(7));
            q.publish(
                new LearnerCharacteristicChangedEvent(
                    "L-1", Characteristic.DISADVANTAGED, "N", "Y", LocalDate.of(2025, 10, 1)),
                "L-1",
                8,
                T0.plusSeconds(8));
            // Position 1 again: a re-delivery, which must change nothing.
            q.publish(TestLearners.registered("L-1", true), "L-1", 1, T0);
          });
      q.awaitCaughtUpTo(8);

      DocumentStore store = q.app().getBean(DocumentStore.class);
      AssessmentDocument assessment =
          store.find(ReadModels.ASSESSMENTS, "A-1", AssessmentDocument.class).orElseThrow();
      assertThat(assessment.score()).isEqualTo(4.0);
      assertThat(assessment.versions()).hasSize(2);
      assertThat(assessment.position()).isEqualTo(3);

      TargetDocument target =
          store.find(ReadModels.TARGETS, "T-1", TargetDocument.class).orElseThrow();
      assertThat(target.position()).isEqualTo(5);
      assertThat(target.outcomes()).hasSize(1);

      AttendanceMonthDocument september = month(store, LocalDate.of(2025, 9, 1));
      assertThat(september.position()).isEqualTo(7);
      assertThat(september.marks()).hasSize(5);
      assertThat(september.marks().stream().filter(m -> m.current()).map(m -> m.code()))
          .containsExactlyInAnyOrder("/", "/", "\\", "M");
      AttendanceMonthDocument october = month(store, LocalDate.of(2025, 10, 1));
      assertThat(october.position()).isEqualTo(6);
      assertThat(october.marks()).hasSize(2);

      LearnerDocument learner =
          store.find(ReadModels.LEARNERS, "L-1", LearnerDocument.class).orElseThrow();
      assertThat(learner.position()).isEqualTo(8);
      assertThat(learner.changes()).hasSize(1);
      assertThat(learner.versions()).hasSize(1);

      MeterRegistry meters = q.app().getBean(MeterRegistry.class);
      for (ReadModel model :
          List.of(
              ReadModels.ASSESSMENTS,
              ReadModels.TARGETS,
              ReadModels.ATTENDANCE,
              ReadModels.LEARNERS)) {
        assertThat(reads(meters, model, "fetched")).as(model.name() + " fetched").isZero();
        assertThat(reads(meters, model, "ahead")).as(model.name() + " read ahead").isPositive();
      }
    }
  }

  /** L-1's attendance document of the month of {@code day}. */
  private static AttendanceMonthDocument month(DocumentStore store, LocalDate day)
      throws java.io.IOException {
    return store
        .find(
            ReadModels.ATTENDANCE,
            AttendanceMonthDocument.id("L-1", day),
            AttendanceMonthDocument.class)
        .orElseThrow();
  }

  private static double reads(MeterRegistry meters, ReadModel model, String how) {
    Counter c =
        meters.find("waymark.projection.reads").tags("model", model.name(), "how", how).counter();
    return c == null ? 0 : c.count();
  }

  /** 1 and 2 September 2025 (AM, PM) and 1 October 2025 (AM, PM), present. */
  private static List<AttendanceMark> septemberAndOctober() {
    List<AttendanceMark> marks = new ArrayList<>();
    for (LocalDate d :
        List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 10, 1))) {
      marks.add(new AttendanceMark(d, Session.AM, "/", null, null));
      marks.add(new AttendanceMark(d, Session.PM, "\\", null, null));
    }
    return marks;
  }
}
