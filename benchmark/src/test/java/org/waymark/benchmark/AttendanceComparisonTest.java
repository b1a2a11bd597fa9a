package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceComparisonTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Group Y of the end-to-end example: possible 50 (42 present, 1 authorised, 7 unauthorised),
   * absence 8/50 = 16%, 3 persistent of 5 learners = 60%, 1 severe, 1 late.
   */
  static final AttendanceRow Y = new AttendanceRow("Y", 5, 50, 42, 0, 1, 7, 3, 1, 1, 16.0, 60.0);

  static JsonNode api(String groups) throws Exception {
    return JSON.readTree(
        "{\"total\":{\"group\":\"total\",\"learners\":5,\"possible\":50,\"present\":42,"
            + "\"approved\":0,\"authorised\":1,\"unauthorised\":7,\"absenceRate\":16.000000000000004,"
            + "\"persistentAbsentees\":3,\"persistentAbsenceRate\":60.0,\"severeAbsentees\":1,"
            + "\"late\":1},\"groups\":["
            + groups
            + "]}");
  }

  static final String API_Y =
      "{\"group\":\"Y\",\"learners\":5,\"possible\":50,\"present\":42,\"approved\":0,"
          + "\"authorised\":1,\"unauthorised\":7,\"absenceRate\":16.0,\"persistentAbsentees\":3,"
          + "\"persistentAbsenceRate\":60.0,\"severeAbsentees\":1,\"late\":1,\"suppressed\":false}";

  static final String API_EMPTY_N =
      "{\"group\":\"N\",\"learners\":0,\"possible\":0,\"present\":0,\"approved\":0,"
          + "\"authorised\":0,\"unauthorised\":0,\"absenceRate\":null,\"persistentAbsentees\":0,"
          + "\"persistentAbsenceRate\":null,\"severeAbsentees\":0,\"late\":0,\"suppressed\":false}";

  @Test
  void theSameFiguresAgreeAndAnEmptyApiGroupNeedsNoSqlRow() throws Exception {
    assertThat(
            AttendanceComparison.differences(
                List.of(Y), api(API_Y + "," + API_EMPTY_N), "disadvantaged"))
        .isEmpty();
  }

  @Test
  void theTotalIsComparedWithTheTotalRowAndRatesWithinRounding() throws Exception {
    AttendanceRow total = new AttendanceRow("total", 5, 50, 42, 0, 1, 7, 3, 1, 1, 16.0, 60.0);
    assertThat(AttendanceComparison.differences(List.of(total), api(""), null)).isEmpty();
  }

  @Test
  void aDifferentCountIsNamed() throws Exception {
    AttendanceRow wrong = new AttendanceRow("Y", 5, 50, 42, 0, 2, 6, 3, 1, 1, 16.0, 60.0);
    assertThat(AttendanceComparison.differences(List.of(wrong), api(API_Y), "disadvantaged"))
        .singleElement()
        .asString()
        .contains("authorised 2 vs 1")
        .contains("unauthorised 6 vs 7");
  }

  @Test
  void aGroupMissingOnEitherSideIsADifference() throws Exception {
    AttendanceRow other = new AttendanceRow("N", 1, 10, 10, 0, 0, 0, 0, 0, 0, 0.0, 0.0);
    assertThat(AttendanceComparison.differences(List.of(other), api(API_Y), "disadvantaged"))
        .containsExactlyInAnyOrder(
            "N: in SQL, not in the API's answer",
            "Y: in the API's answer with 5 learners, not in SQL");
  }
}
