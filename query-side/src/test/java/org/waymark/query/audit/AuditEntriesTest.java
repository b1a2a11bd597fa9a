package org.waymark.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.Punctuality;
import org.waymark.query.store.EventContext;

class AuditEntriesTest {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  static final Instant RECORDED = Instant.parse("2025-09-04T10:15:00Z");

  final AuditEntries entries = new AuditEntries(JSON);

  static EventContext context(long position, LocalDate effective) {
    return new EventContext(position, RECORDED, "clerk", "api", effective, "ignored");
  }

  /** The payload as Elasticsearch receives it: written, then read back as a tree. */
  static JsonNode payload(AuditEntry e) {
    try {
      return JSON.readTree(JSON.writeValueAsString(e.payload()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new AssertionError(x);
    }
  }

  AuditEntry entry(Object payload) {
    return entries.entry(payload, context(7, null), AuditEntries.ids(payload));
  }

  static ProgressReviewDetails review(boolean confidential, String tutorComment) {
    return new ProgressReviewDetails(
        LocalDate.of(2025, 9, 20),
        "T-1",
        10,
        1,
        Punctuality.GOOD,
        "Level 1",
        false,
        null,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        confidential,
        "learner says SECRET-A",
        tutorComment,
        "because SECRET-C");
  }

  @Test
  void describesAnAmendedMarkWithItsDateOldAndNewCodesAndReason() {
    AuditEntry e =
        entry(
            new AttendanceMarkAmendedEvent(
                "L-1", LocalDate.of(2025, 9, 3), Session.AM, "N", "M", "medical appointment"));

    assertThat(e.summary())
        .isEqualTo("Register mark 2025-09-03 AM amended from N to M: medical appointment");
    assertThat(e.type()).isEqualTo("AttendanceMarkAmendedEvent");
    assertThat(e.context()).isEqualTo("attendance");
    assertThat(e.learnerId()).isEqualTo("L-1");
    assertThat(e.amendment()).isTrue();
    assertThat(e.reason()).isEqualTo("medical appointment");
    assertThat(e.changes()).containsExactly(new AuditChange("code", "N", "M"));
    assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2025, 9, 3));
    assertThat(e.occurredAt())
        .as("a mark amendment occurs on the mark's date")
        .isEqualTo("2025-09-03");
    assertThat(e.recordedBy()).isEqualTo("clerk");
    assertThat(e.position()).isEqualTo(7);
  }

  @Test
  void marksRecordedTogetherOccurOnTheEarliestMarkDate() {
    AuditEntry e =
        entry(
            new AttendanceMarksRecordedEvent(
                "L-1",
                List.of(
                    new AttendanceMark(LocalDate.of(2025, 9, 2), Session.AM, "/", null, null),
                    new AttendanceMark(LocalDate.of(2025, 9, 1), Session.PM, "N", null, null))));
    assertThat(e.occurredAt()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(e.summary()).isEqualTo("2 register marks recorded, 2025-09-01 to 2025-09-02");
    assertThat(e.amendment()).isFalse();
    assertThat(e.changes()).isEmpty();
  }

  @Test
  void anEventWithoutADateOccursOnTheDayItWasRecordedUnlessTheMetadataGivesOne() {
    LearnerRecordAmendedEvent amended =
        new LearnerRecordAmendedEvent(
            "L-1", List.of(new FieldChange("givenName", "Alen", "Alan")), "typo");
    AuditEntry e = entry(amended);
    assertThat(e.effectiveDate()).isNull();
    assertThat(e.occurredAt()).isEqualTo(LocalDate.of(2025, 9, 4));
    assertThat(e.summary())
        .as("names a corrected field, never its values")
        .isEqualTo("Learner record amended (givenName): typo")
        .doesNotContain("Alan")
        .doesNotContain("Alen");
    assertThat(e.changes()).containsExactly(new AuditChange("givenName", "Alen", "Alan"));

    AuditEntry dated =
        entries.entry(amended, context(8, LocalDate.of(2025, 8, 1)), AuditEntries.ids(amended));
    assertThat(dated.occurredAt()).isEqualTo(LocalDate.of(2025, 8, 1));
  }

  @Test
  void keepsARegistrationsNamesInThePayloadButNotInTheSummary() {
    AuditEntry e =
        entry(
            new LearnerRegisteredEvent(
                "L-1",
                "P-07",
                "Ada",
                "Lovelace",
                LocalDate.of(2012, 12, 10),
                Sex.F,
                Ethnicity.WBRI,
                SendStatus.K,
                true,
                false,
                false,
                "9",
                LocalDate.of(2023, 9, 4)));
    assertThat(payload(e).get("givenName").asText()).isEqualTo("Ada");
    assertThat(payload(e).get("dateOfBirth").asText()).isEqualTo("2012-12-10");
    assertThat(e.summary())
        .isEqualTo("Learner registered at provider P-07, enrolled on 2023-09-04")
        .doesNotContain("Ada");
    assertThat(e.providerId()).isEqualTo("P-07");
    assertThat(e.occurredAt()).isEqualTo(LocalDate.of(2023, 9, 4));
  }

  @Test
  void findsEveryIdOnThePayloadAndTakesATransfersNewProvider() {
    assertThat(
            AuditEntries.ids(
                new PlacementStartedEvent(
                    "PL-1",
                    "L-1",
                    "P-09",
                    LocalDate.of(2025, 9, 1),
                    null,
                    new BigDecimal("12.5"),
                    false)))
        .isEqualTo(Map.of("placementId", "PL-1", "learnerId", "L-1", "providerId", "P-09"));
    assertThat(
            AuditEntries.ids(
                new LearnerTransferredEvent("L-1", "P-07", "P-08", LocalDate.of(2025, 11, 1))))
        .isEqualTo(Map.of("learnerId", "L-1", "providerId", "P-08"));
  }

  @Test
  void replacesAConfidentialReviewsNarrativeEverywhere() throws Exception {
    AuditEntry e =
        entry(ProgressReviewRecordedEvent.of("R-1", "L-1", review(true, "tutor SECRET-B")));
    String stored = JSON.writeValueAsString(e);
    assertThat(stored).doesNotContain("SECRET");
    assertThat(payload(e).get("tutorComment").asText()).isEqualTo(AuditEntries.CONFIDENTIAL);
    assertThat(payload(e).get("learnerComment").asText()).isEqualTo(AuditEntries.CONFIDENTIAL);
    assertThat(payload(e).get("whyNotMet").asText()).isEqualTo(AuditEntries.CONFIDENTIAL);
    assertThat(payload(e).get("workingTowards").asText())
        .as("what a confidential review's learner works towards is narrative too")
        .isEqualTo(AuditEntries.CONFIDENTIAL);
    assertThat(e.summary())
        .isEqualTo("Progress review R-1 held on 2025-09-20 recorded: not on target (confidential)");
    assertThat(e.occurredAt()).isEqualTo(LocalDate.of(2025, 9, 20));
  }

  @Test
  void keepsAnOrdinaryReviewsNarrative() {
    AuditEntry e =
        entry(ProgressReviewRecordedEvent.of("R-2", "L-1", review(false, "tutor SECRET-B")));
    assertThat(payload(e).get("tutorComment").asText()).isEqualTo("tutor SECRET-B");
  }

  @Test
  void aConfidentialReviewAmendmentShowsWhichNarrativeChangedButNotWhatItSays() throws Exception {
    AuditEntry e =
        entry(
            new ProgressReviewAmendedEvent(
                "R-1",
                "L-1",
                true,
                review(true, "tutor SECRET-B"),
                review(true, "tutor SECRET-D"),
                "typo"));
    assertThat(JSON.writeValueAsString(e)).doesNotContain("SECRET");
    assertThat(e.changes())
        .containsExactly(
            new AuditChange("tutorComment", AuditEntries.CONFIDENTIAL, AuditEntries.CONFIDENTIAL));
    assertThat(e.summary())
        .isEqualTo("Progress review R-1 held on 2025-09-20 amended (tutorComment) (confidential)");
    assertThat(e.reason())
        .as("the reason for amending a confidential review is withheld as well")
        .isEqualTo(AuditEntries.CONFIDENTIAL);
    assertThat(payload(e).get("reason").asText()).isEqualTo(AuditEntries.CONFIDENTIAL);
  }

  @Test
  void knowsEveryEventTypeOfTheApi() {
    assertThat(AuditEntries.EVENT_TYPES)
        .hasSize(52)
        .contains(
            "AttendanceMarkAmendedEvent",
            "LearnerRegisteredEvent",
            "TargetSetEvent",
            "LearnerErasedEvent",
            "ConfidentialReviewReadEvent");
  }

  /** Sealed text wherever a payload may hold it: a list, a map, an untyped field, a nested list. */
  record Holder(
      String learnerId,
      List<String> notes,
      java.util.Map<String, String> byKey,
      Object any,
      List<org.waymark.api.attendance.AttendanceMark> marks) {}

  @Test
  void masksSealedTextInListsMapsUntypedFieldsAndNestedRecords() throws Exception {
    org.waymark.privacy.PersonalData data = org.waymark.query.erasure.TestPersonalData.sealing();
    String sealed = data.seal("L-9", "parent phoned");
    Holder holder =
        new Holder(
            "L-9",
            List.of("plain", sealed),
            java.util.Map.of("k", sealed),
            sealed,
            List.of(
                new org.waymark.api.attendance.AttendanceMark(
                    LocalDate.of(2025, 9, 8),
                    org.waymark.api.attendance.Session.AM,
                    "I",
                    null,
                    sealed)));

    String written = JSON.writeValueAsString(entries.payload(holder));

    assertThat(written).doesNotContain("wmenc").doesNotContain("parent phoned");
    JsonNode tree = JSON.readTree(written);
    assertThat(tree.at("/notes/0").asText()).isEqualTo("plain");
    assertThat(tree.at("/notes/1").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(tree.at("/byKey/k").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(tree.at("/any").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(tree.at("/marks/0/reason").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(tree.at("/marks/0/code").asText()).isEqualTo("I");
    assertThat(tree.at("/learnerId").asText()).isEqualTo("L-9");
  }

  @Test
  void showsEverySealedValueAsEncryptedAndNeverTheCiphertext() {
    org.waymark.privacy.PersonalData data = org.waymark.query.erasure.TestPersonalData.sealing();
    String given = data.seal("L-9", "Ada");
    String family = data.seal("L-9", "Lovelace");
    LearnerRegisteredEvent registered =
        new LearnerRegisteredEvent(
            "L-9",
            "P-1",
            given,
            family,
            LocalDate.of(2011, 3, 14),
            Sex.F,
            Ethnicity.WBRI,
            SendStatus.N,
            true,
            false,
            false,
            "9",
            LocalDate.of(2025, 9, 1));
    AuditEntry e = entries.entry(registered, context(7, null), AuditEntries.ids(registered));
    assertThat(payload(e).get("givenName").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(payload(e).get("familyName").asText()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(payload(e).toString()).doesNotContain("wmenc");

    LearnerRecordAmendedEvent amended =
        new LearnerRecordAmendedEvent(
            "L-9",
            List.of(new FieldChange("givenName", given, data.seal("L-9", "Ana"))),
            data.seal("L-9", "typo in the name"));
    AuditEntry a = entries.entry(amended, context(8, null), AuditEntries.ids(amended));
    assertThat(a.changes())
        .containsExactly(
            new AuditChange("givenName", AuditEntries.ENCRYPTED, AuditEntries.ENCRYPTED));
    assertThat(a.reason()).isEqualTo(AuditEntries.ENCRYPTED);
    assertThat(a.summary()).doesNotContain("wmenc").endsWith(AuditEntries.ENCRYPTED);
  }

  @Test
  void recordsAnErasureAndAConfidentialReadWithoutPersonalData() {
    var erased =
        new org.waymark.api.learner.LearnerErasedEvent(
            "L-9",
            org.waymark.api.learner.ErasureBasis.DATA_SUBJECT_REQUEST,
            Instant.parse("2025-10-01T09:00:00Z"));
    AuditEntry e = entries.entry(erased, context(9, null), AuditEntries.ids(erased));
    assertThat(e.learnerId()).isEqualTo("L-9");
    assertThat(e.summary())
        .isEqualTo("Learner's personal data erased (DATA_SUBJECT_REQUEST) at 2025-10-01T09:00:00Z");

    var read =
        new org.waymark.api.review.ConfidentialReviewReadEvent(
            "R-1", "L-9", "lead.b", Instant.parse("2025-10-01T09:00:00Z"));
    AuditEntry r = entries.entry(read, context(10, null), AuditEntries.ids(read));
    assertThat(r.reviewId()).isEqualTo("R-1");
    assertThat(r.learnerId()).isEqualTo("L-9");
    assertThat(r.summary()).isEqualTo("Confidential progress review R-1 read by lead.b");
  }
}
