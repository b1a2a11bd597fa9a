package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.query.store.EventContext;

class AttendanceDayTest {
  static final Instant T1 = Instant.parse("2025-10-01T08:00:00Z");
  static final Instant T2 = Instant.parse("2025-10-05T08:00:00Z");
  static final Instant T3 = Instant.parse("2025-10-09T08:00:00Z");
  static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "clerk", "api", null, "T");
  }

  static AttendanceMark mark(LocalDate date, Session s, String code) {
    return new AttendanceMark(date, s, code, null, null);
  }

  static AttendanceMonthDocument recorded(List<AttendanceMark> marks, Instant at) {
    return AttendanceMonths.record(Optional.empty(), "L-1", marks, event(1, at));
  }

  static AttendanceMonthDocument amended(
      AttendanceMonthDocument doc, Session s, String code, long position, Instant at) {
    return AttendanceMonths.amend(
        Optional.of(doc),
        new AttendanceMarkAmendedEvent("L-1", OCT_1, s, "?", code, null),
        event(position, at));
  }

  /**
   * Present in the morning, absent (N) in the afternoon at T1; the afternoon amended to I at T2.
   */
  static AttendanceMonthDocument afternoonAuthorisedAtT2() {
    return amended(
        recorded(List.of(mark(OCT_1, Session.AM, "/"), mark(OCT_1, Session.PM, "N")), T1),
        Session.PM,
        "I",
        2,
        T2);
  }

  @Test
  void aDayMarkedOnceIsOneCurrentVersionWithBothSessionsAndItsLateCount() {
    AttendanceMonthDocument doc =
        recorded(List.of(mark(OCT_1, Session.AM, "L"), mark(OCT_1, Session.PM, "N")), T1);

    assertThat(doc.days())
        .containsExactly(
            new AttendanceDay(
                OCT_1,
                AttendanceCategory.PRESENT,
                AttendanceCategory.UNAUTHORISED_ABSENCE,
                1,
                T1,
                null));
  }

  @Test
  void anAmendedSessionSplitsTheDayAtTheAmendmentAndKeepsTheOtherSession() {
    AttendanceMonthDocument doc = afternoonAuthorisedAtT2();

    assertThat(doc.days())
        .containsExactly(
            new AttendanceDay(
                OCT_1,
                AttendanceCategory.PRESENT,
                AttendanceCategory.UNAUTHORISED_ABSENCE,
                0,
                T1,
                T2),
            new AttendanceDay(
                OCT_1,
                AttendanceCategory.PRESENT,
                AttendanceCategory.AUTHORISED_ABSENCE,
                0,
                T2,
                null));
  }

  @Test
  void anAmendmentWithinTheSameCategoryLeavesOneVersion() {
    AttendanceMonthDocument doc =
        amended(
            recorded(List.of(mark(OCT_1, Session.AM, "/"), mark(OCT_1, Session.PM, "\\")), T1),
            Session.AM,
            "\\",
            2,
            T2);

    assertThat(doc.marks()).hasSize(3);
    assertThat(doc.days())
        .containsExactly(
            new AttendanceDay(
                OCT_1, AttendanceCategory.PRESENT, AttendanceCategory.PRESENT, 0, T1, null));
  }

  @Test
  void sessionsRecordedAtDifferentTimesOpenTheDayWithTheFirstAlone() {
    AttendanceMonthDocument morning = recorded(List.of(mark(OCT_1, Session.AM, "/")), T1);
    AttendanceMonthDocument both =
        AttendanceMonths.record(
            Optional.of(morning), "L-1", List.of(mark(OCT_1, Session.PM, "U")), event(2, T3));

    assertThat(both.days())
        .containsExactly(
            new AttendanceDay(OCT_1, AttendanceCategory.PRESENT, null, 0, T1, T3),
            new AttendanceDay(
                OCT_1,
                AttendanceCategory.PRESENT,
                AttendanceCategory.UNAUTHORISED_ABSENCE,
                1,
                T3,
                null));
  }

  @Test
  void theDaysWrittenAreDerivedAgainWhenTheDocumentIsRead() throws Exception {
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    AttendanceMonthDocument doc = afternoonAuthorisedAtT2();

    String written = json.writeValueAsString(doc);
    AttendanceMonthDocument read = json.readValue(written, AttendanceMonthDocument.class);

    JsonNode days = json.readTree(written).get("days");
    assertThat(days).hasSize(2);
    assertThat(days.get(1).get("present").asInt()).isEqualTo(1);
    assertThat(days.get(1).get("authorised").asInt()).isEqualTo(1);
    assertThat(days.get(1).has("unauthorised")).as("a count of 0: not written").isFalse();
    assertThat(days.get(1).has("late")).as("a count of 0: not written").isFalse();
    assertThat(days.get(1).has("am")).as("counts are written, not categories").isFalse();
    assertThat(days.get(1).has("supersededAt")).as("null: not written").isFalse();
    assertThat(days.get(0).get("supersededAt").asText()).isEqualTo(T2.toString());
    JsonNode marks = json.readTree(written).get("marks");
    assertThat(marks.get(0).has("reason") || marks.get(0).has("minutesLate"))
        .as("a mark's null components are not written")
        .isFalse();
    assertThat(marks.get(0).has("superseded")).as("current: no superseding recording").isFalse();
    assertThat(marks.get(1).get("superseded").asInt())
        .as("the afternoon's first version names the recording of the amendment")
        .isEqualTo(1);
    assertThat(json.readTree(written).get("recordings"))
        .as("one entry per event: the register and the amendment")
        .hasSize(2);
    assertThat(read).isEqualTo(doc);
    assertThat(read.days()).isEqualTo(doc.days());
  }

  /**
   * The property the aggregations rely on: at every instant (and now), the day versions in force
   * count exactly what the marks in force count, per category and late, over random histories of
   * registers and amendments made by the projector's own rules.
   */
  @Test
  void atEveryInstantTheDaysInForceCountWhatTheMarksInForceCount() {
    String[] codes = {"/", "\\", "L", "N", "I", "U", "B", "#", "O", "M"};
    Random random = new Random(20251001);
    for (int history = 0; history < 300; history++) {
      Instant at = T1;
      List<AttendanceMark> first = new ArrayList<>();
      for (int d = 0; d < 5; d++) {
        LocalDate date = OCT_1.plusDays(d);
        for (Session s : Session.values()) {
          if (random.nextInt(10) > 0) {
            first.add(mark(date, s, codes[random.nextInt(codes.length)]));
          }
        }
      }
      if (first.isEmpty()) {
        continue;
      }
      AttendanceMonthDocument doc = recorded(first, at);
      for (int change = 0; change < random.nextInt(8); change++) {
        at = at.plusSeconds(1 + random.nextInt(3) * 3600L);
        LocalDate date = OCT_1.plusDays(random.nextInt(5));
        Session s = Session.values()[random.nextInt(2)];
        String code = codes[random.nextInt(codes.length)];
        AttendanceMonthDocument next =
            random.nextBoolean()
                ? AttendanceMonths.amend(
                    Optional.of(doc),
                    new AttendanceMarkAmendedEvent("L-1", date, s, "?", code, null),
                    event(change + 2, at))
                : AttendanceMonths.record(
                    Optional.of(doc), "L-1", List.of(mark(date, s, code)), event(change + 2, at));
        doc = next == null ? doc : next;
      }
      TreeSet<Instant> instants = new TreeSet<>();
      for (AttendanceEntry m : doc.marks()) {
        instants.add(m.recordedAt());
        instants.add(m.recordedAt().minusMillis(1));
        instants.add(m.recordedAt().plusMillis(1));
      }
      List<AttendanceDay> days = doc.days();
      for (Instant t : instants) {
        assertThat(fromDays(days, t))
            .as("history %d at %s", history, t)
            .isEqualTo(fromMarks(doc, t));
      }
      assertThat(fromDays(days, null))
          .as("history %d now", history)
          .isEqualTo(fromMarks(doc, null));
    }
  }

  private static Map<String, Integer> fromMarks(AttendanceMonthDocument doc, Instant t) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (AttendanceEntry m : doc.marks()) {
      if (m.inForceAt(t)) {
        out.merge(m.date() + " " + m.category(), 1, Integer::sum);
        out.merge(m.date() + " late", m.late() ? 1 : 0, Integer::sum);
      }
    }
    out.values().removeIf(v -> v == 0);
    return out;
  }

  private static Map<String, Integer> fromDays(List<AttendanceDay> days, Instant t) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    Map<LocalDate, Integer> versionsInForce = new java.util.HashMap<>();
    for (AttendanceDay d : days) {
      boolean inForce =
          t == null
              ? d.supersededAt() == null
              : !d.recordedAt().isAfter(t)
                  && (d.supersededAt() == null || d.supersededAt().isAfter(t));
      if (!inForce) {
        continue;
      }
      versionsInForce.merge(d.date(), 1, Integer::sum);
      if (d.am() != null) {
        out.merge(d.date() + " " + d.am(), 1, Integer::sum);
      }
      if (d.pm() != null) {
        out.merge(d.date() + " " + d.pm(), 1, Integer::sum);
      }
      out.merge(d.date() + " late", d.late(), Integer::sum);
    }
    assertThat(versionsInForce.values()).as("one version of a day at a time").allMatch(n -> n == 1);
    out.values().removeIf(v -> v == 0);
    return out;
  }
}
