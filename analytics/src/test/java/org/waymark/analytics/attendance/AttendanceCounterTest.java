package org.waymark.analytics.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.api.attendance.Session;

/**
 * Counting marks by the DfE code categories of CONTRACT.md "Definitions" (DfE "Working together to
 * improve school attendance", August 2024).
 */
class AttendanceCounterTest {

  @Test
  void countsEachCodeUnderItsDfeCategory() {
    // present / \ L = 3; approved K V P W B = 5; authorised C C1 C2 E I J1 M R S T = 10;
    // unauthorised G N O U = 4; late L + U = 2.
    AttendanceCounts c =
        AttendanceCounter.countCodes(
            List.of(
                "/", "\\", "L", "K", "V", "P", "W", "B", "C", "C1", "C2", "E", "I", "J1", "M", "R",
                "S", "T", "G", "N", "O", "U"));

    assertThat(c).isEqualTo(new AttendanceCounts(3, 5, 10, 4, 2));
    assertThat(c.possible()).isEqualTo(22);
    assertThat(c.absence()).isEqualTo(14);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "X", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "D", "Q"})
  void doesNotCountACodeThatIsNotAPossibleSession(String code) {
    AttendanceCounts c = AttendanceCounter.countCodes(List.of("/", code, "N"));

    assertThat(c).isEqualTo(new AttendanceCounts(1, 0, 0, 1, 0));
    assertThat(c.possible()).as("'%s' is not a possible session", code).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "H", "F", "Y8", "l", "", " /", "J"})
  void rejectsACodeThatIsNotADfe2024Code(String code) {
    assertThatThrownBy(() -> AttendanceCounter.countCodes(List.of("/", code)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'");
  }

  @Test
  void countsOnlyMarksDatedFromFromToToInclusivePerLearner() {
    LocalDate mon = LocalDate.of(2025, 1, 6);
    List<AttendanceMark> marks =
        List.of(
            AttendanceMark.of("a", mon.minusDays(1), Session.PM, "N"), // before from
            AttendanceMark.of("a", mon, Session.AM, "/"),
            AttendanceMark.of("a", mon, Session.PM, "L"),
            AttendanceMark.of("b", mon, Session.AM, "I"),
            AttendanceMark.of("a", mon.plusDays(4), Session.AM, "U"), // on to
            AttendanceMark.of("a", mon.plusDays(5), Session.AM, "G")); // after to

    Map<String, AttendanceCounts> counts =
        AttendanceCounter.countByLearner(marks, mon, mon.plusDays(4));

    assertThat(counts)
        .containsOnly(
            Map.entry("a", new AttendanceCounts(2, 0, 0, 1, 2)),
            Map.entry("b", new AttendanceCounts(0, 0, 1, 0, 0)));
  }

  @Test
  void rejectsTwoMarksForTheSameLearnerDateAndSession() {
    LocalDate d = LocalDate.of(2025, 1, 6);
    List<AttendanceMark> marks =
        List.of(
            AttendanceMark.of("a", d, Session.AM, "/"), AttendanceMark.of("a", d, Session.AM, "N"));

    assertThatThrownBy(() -> AttendanceCounter.countByLearner(marks, d, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learner a on 2025-01-06 AM");
  }

  @Test
  void detectsADuplicateMarkAnywhereInALongPeriod() {
    LocalDate from = LocalDate.of(2024, 9, 1);
    LocalDate late = LocalDate.of(2025, 8, 29); // 362 days in: session slot 725
    List<AttendanceMark> marks =
        List.of(
            AttendanceMark.of("a", from, Session.AM, "/"),
            AttendanceMark.of("a", late, Session.PM, "/"),
            AttendanceMark.of("b", late, Session.PM, "I"),
            AttendanceMark.of("a", late, Session.PM, "N"));

    assertThatThrownBy(() -> AttendanceCounter.countByLearner(marks, from, late))
        .hasMessageContaining("learner a on 2025-08-29 PM");
    assertThat(AttendanceCounter.countByLearner(marks.subList(0, 3), from, late).get("a"))
        .isEqualTo(new AttendanceCounts(2, 0, 0, 0, 0));
  }

  @Test
  void rejectsCountsWithMoreLateSessionsThanPresentAndUnauthorised() {
    assertThatThrownBy(() -> new AttendanceCounts(1, 5, 0, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("late");
  }
}
