package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.query.store.EventContext;

class StoredMonthTest {
  static final Instant T1 = Instant.parse("2025-10-01T08:00:00.123456Z");
  static final Instant T2 = Instant.parse("2025-10-05T08:00:00Z");
  static final Instant T3 = Instant.parse("2025-10-09T08:00:00Z");
  static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);
  static final LocalDate OCT_31 = LocalDate.of(2025, 10, 31);

  final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** A month with late minutes, a reason, two amendments by other users and a re-recorded day. */
  static AttendanceMonthDocument history() {
    AttendanceMonthDocument doc =
        AttendanceMonths.record(
            Optional.empty(),
            "L-1",
            List.of(
                new AttendanceMark(OCT_1, Session.AM, "L", 12, null),
                new AttendanceMark(OCT_1, Session.PM, "N", null, null),
                new AttendanceMark(OCT_31, Session.AM, "/", null, null),
                new AttendanceMark(OCT_31, Session.PM, "/", null, null)),
            new EventContext(10, T1, "import:registers", "csv", null, "T"));
    doc =
        AttendanceMonths.amend(
            Optional.of(doc),
            new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.PM, "N", "M", "dentist"),
            new EventContext(20, T2, "office", "api", null, "T"));
    return AttendanceMonths.record(
        Optional.of(doc),
        "L-1",
        List.of(new AttendanceMark(OCT_31, Session.PM, "I", null, "ill")),
        new EventContext(30, T3, "import:registers", "csv", null, "T"));
  }

  @Test
  void everyVersionOfEveryMarkIsReadBackAsItWasWritten() throws Exception {
    AttendanceMonthDocument doc = history();

    AttendanceMonthDocument read =
        json.readValue(json.writeValueAsString(doc), AttendanceMonthDocument.class);

    assertThat(read).isEqualTo(doc);
    assertThat(read.marks()).hasSize(6);
    assertThat(read.marks().get(0).minutesLate()).isEqualTo(12);
    assertThat(read.marks().get(0).late()).isTrue();
    assertThat(read.marks().get(1).supersededAt()).isEqualTo(T2);
    assertThat(read.marks().get(4).category()).isEqualTo(AttendanceCategory.AUTHORISED_ABSENCE);
    assertThat(read.marks().get(4).reason()).isEqualTo("dentist");
    assertThat(read.marks().get(5).recordedBy()).isEqualTo("import:registers");
    assertThat(read.marks().get(5).position()).isEqualTo(30);
  }

  @Test
  void whatMarksShareIsWrittenOnceAndCategoriesAreNotWritten() throws Exception {
    var written = json.readTree(json.writeValueAsString(history()));

    assertThat(written.get("recordings")).hasSize(3);
    assertThat(written.get("recordings").get(1).get("recordedBy").asText()).isEqualTo("office");
    assertThat(written.get("marks").get(2).get("day").asInt()).isEqualTo(31);
    assertThat(written.get("marks").get(2).has("date")).isFalse();
    assertThat(written.get("marks").get(2).has("category")).isFalse();
    assertThat(written.get("marks").get(2).has("recordedAt")).isFalse();
    assertThat(written.get("marks").get(3).get("superseded").asInt()).isEqualTo(2);
  }

  @Test
  void aSupersessionAtAnInstantOfNoRecordingIsKept() throws Exception {
    AttendanceEntry replaced =
        new AttendanceEntry(
            OCT_1,
            Session.AM,
            "N",
            AttendanceCategory.UNAUTHORISED_ABSENCE,
            false,
            null,
            T1,
            T3,
            10,
            "clerk",
            null);
    AttendanceMonthDocument doc =
        new AttendanceMonthDocument("L-1", "2025-10", 10, List.of(replaced));

    String written = json.writeValueAsString(doc);

    assertThat(json.readValue(written, AttendanceMonthDocument.class)).isEqualTo(doc);
    assertThat(json.readTree(written).get("recordings").get(1).has("position")).isFalse();
  }

  @Test
  void aMarkOfAnotherMonthIsRefused() {
    AttendanceEntry november =
        AttendanceEntry.of(
            LocalDate.of(2025, 11, 3),
            Session.AM,
            org.waymark.api.attendance.AttendanceCode.fromCode("/"),
            null,
            null,
            T1,
            10,
            "clerk");
    AttendanceMonthDocument doc =
        new AttendanceMonthDocument("L-1", "2025-10", 10, List.of(november));

    assertThatThrownBy(() -> json.writeValueAsString(doc))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("a mark of 2025-11-03 in the document of 2025-10");
  }
}
