package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.status.ProjectionMeters;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * {@code GET /api/v1/indicators/attendance} and {@link AttendanceReader} on the real embedded
 * Kafka, Elasticsearch and PostgreSQL, checked against figures worked out by hand (CONTRACT.md
 * "Definitions": possible = present + approved + authorised + unauthorised; absence = authorised +
 * unauthorised; persistent ≥ 10%, severe ≥ 50% of possible; late = L + U; "Small numbers").
 *
 * <p>Twelve learners. Sessions 0..9 are 1–5 September 2025 (AM, PM of each day), sessions 0..9 of
 * October are 1–5 October; "." is present ({@code /} AM, {@code \} PM):
 *
 * <pre>
 * learner sex send dis prov  September (0..9)        possible pres appr auth unauth late
 * L-01    F   N    Y   P-1   . . . . . . . . . .       10      10   0    0    0     0
 * L-02    F   N    N   P-1   . . . . . . . . . I       10       9   0    1    0     0  persistent
 * L-03    F   N    N   P-1   . . L . . . . . N N→M     10       8   0    1    1     1  persistent
 * L-04    F   N    N   P-1   I I I I I . . . . .       10       5   0    5    0     0  persistent, severe
 * L-05    F   E    N   P-1   V V . . . . . . . .       10       8   2    0    0     0
 * L-06    M   N    Y   P-1   . . . . . . . . . .       10      10   0    0    0     0
 * L-07    M   N    Y   P-1   . . . . U . . . . .       10       9   0    0    1     1  persistent
 * L-08    M   N    N   P-1   . . . . . . . . . .       10      10   0    0    0     0
 * L-09    M   N    N   P-2   X X . . . . . . . .        8       8   0    0    0     0
 * L-10    M   K    N   P-2   . . . . . . G G G G       10       6   0    0    4     0  persistent
 * L-11    M   K    N   P-2   # # # # # # # # # #        0       0   0    0    0     0
 * L-12    M   K    N   P-2   (no marks at all)
 * </pre>
 *
 * L-01..L-11 are present at all ten October sessions. L-03's 5 September PM was recorded {@code N}
 * and amended to {@code M} (unauthorised → authorised) at {@link #AMENDED}.
 */
@WithEmbeddedServices
class AttendanceIndicatorIT {
  static final Instant REGISTERED = Instant.parse("2025-09-01T06:00:00Z");
  static final Instant MARKED = Instant.parse("2025-10-06T16:00:00Z");
  static final Instant AMENDED = Instant.parse("2025-10-08T09:00:00Z");
  static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
  static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);
  static final String SEPTEMBER = "/api/v1/indicators/attendance?from=2025-09-01&to=2025-09-30";
  static final double EPS = 1e-9;

  static final String[] SEPTEMBER_CODES = {
    ". . . . . . . . . .",
    ". . . . . . . . . I",
    ". . L . . . . . N N",
    "I I I I I . . . . .",
    "V V . . . . . . . .",
    ". . . . . . . . . .",
    ". . . . U . . . . .",
    ". . . . . . . . . .",
    "X X . . . . . . . .",
    ". . . . . . G G G G",
    "# # # # # # # # # #"
  };

  static String id(int n) {
    return String.format("L-%02d", n);
  }

  static LearnerRegisteredEvent registered(int n) {
    Sex sex = n <= 5 ? Sex.F : Sex.M;
    SendStatus send = n == 5 ? SendStatus.E : n >= 10 ? SendStatus.K : SendStatus.N;
    boolean disadvantaged = n == 1 || n == 6 || n == 7;
    return new LearnerRegisteredEvent(
        id(n),
        n <= 8 ? "P-1" : "P-2",
        "Given",
        "Family",
        LocalDate.of(2012, 1, 1),
        sex,
        Ethnicity.WBRI,
        send,
        disadvantaged,
        false,
        false,
        "9",
        LocalDate.of(2025, 9, 1));
  }

  /** Marks of consecutive sessions from {@code start} AM; "." is present. */
  static List<AttendanceMark> marks(LocalDate start, String codes) {
    List<AttendanceMark> out = new ArrayList<>();
    String[] tokens = codes.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      Session s = i % 2 == 0 ? Session.AM : Session.PM;
      String code = tokens[i].equals(".") ? (s == Session.AM ? "/" : "\\") : tokens[i];
      out.add(
          new AttendanceMark(start.plusDays(i / 2), s, code, code.equals("L") ? 5 : null, null));
    }
    return out;
  }

  static AttendanceMarksRecordedEvent septemberAndOctober(int n, String september) {
    List<AttendanceMark> all = new ArrayList<>(marks(SEP_1, september));
    all.addAll(marks(OCT_1, ". . . . . . . . . ."));
    return new AttendanceMarksRecordedEvent(id(n), all);
  }

  static JsonNode group(JsonNode body, String key) {
    for (JsonNode g : body.get("groups")) {
      if (g.get("group").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + body);
  }

  @Test
  void answersTheAttendanceIndicatorAsTheHistoryStoodWithSmallGroupsSuppressed() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(AttendanceIndicatorIT.class, "indicator")) {
      for (int n = 1; n <= 12; n++) {
        q.publish(registered(n), id(n), n, REGISTERED);
      }
      // Positions 13..23: one event per learner holding both months (two month documents each).
      for (int n = 1; n <= 11; n++) {
        q.publish(
            septemberAndOctober(n, SEPTEMBER_CODES[n - 1]), "attendance:" + id(n), 12 + n, MARKED);
      }
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-03", LocalDate.of(2025, 9, 5), Session.PM, "N", "M", "appointment letter"),
          "attendance:L-03",
          24,
          AMENDED);
      q.awaitCaughtUpTo(24);

      // September, now. learners = L-01..L-10 (L-11 has no possible session, L-12 no mark) = 10.
      // present 10+9+8+5+8+10+9+10+8+6 = 83; approved 2 (L-05); authorised 1+1+5 = 7
      // (L-02, L-03's amended M, L-04); unauthorised 1+1+4 = 6 (L-03 N, L-07 U, L-10 G×4);
      // possible 83+2+7+6 = 98 (nine learners × 10 + L-09's 8).
      // absenceRate 13/98×100; authorisedRate 7/98×100; unauthorisedRate 6/98×100.
      // persistent: L-02 1/10, L-03 2/10, L-04 5/10, L-07 1/10, L-10 4/10 = 5 → 5/10×100 = 50.
      // severe: L-04 (5/10 ≥ 50%) = 1 → 10. late: L-03's L + L-07's U = 2.
      JsonNode now = q.json(SEPTEMBER);
      JsonNode total = now.get("total");
      assertThat(total.get("group").asText()).isEqualTo("total");
      assertThat(fieldNames(total))
          .containsExactly(
              "group",
              "learners",
              "possible",
              "present",
              "approved",
              "authorised",
              "unauthorised",
              "absenceRate",
              "authorisedRate",
              "unauthorisedRate",
              "persistentAbsentees",
              "persistentAbsenceRate",
              "severeAbsentees",
              "severeAbsenceRate",
              "late",
              "suppressed");
      assertThat(total.get("suppressed").asBoolean()).isFalse();
      assertThat(total.get("learners").asInt()).isEqualTo(10);
      assertThat(total.get("possible").asLong()).isEqualTo(98);
      assertThat(total.get("present").asLong()).isEqualTo(83);
      assertThat(total.get("approved").asLong()).isEqualTo(2);
      assertThat(total.get("authorised").asLong()).isEqualTo(7);
      assertThat(total.get("unauthorised").asLong()).isEqualTo(6);
      assertThat(total.get("absenceRate").asDouble()).isCloseTo(13 * 100.0 / 98, within(EPS));
      assertThat(total.get("authorisedRate").asDouble()).isCloseTo(7 * 100.0 / 98, within(EPS));
      assertThat(total.get("unauthorisedRate").asDouble()).isCloseTo(6 * 100.0 / 98, within(EPS));
      assertThat(total.get("persistentAbsentees").asInt()).isEqualTo(5);
      assertThat(total.get("persistentAbsenceRate").asDouble()).isCloseTo(50.0, within(EPS));
      assertThat(total.get("severeAbsentees").asInt()).isEqualTo(1);
      assertThat(total.get("severeAbsenceRate").asDouble()).isCloseTo(10.0, within(EPS));
      assertThat(total.get("late").asLong()).isEqualTo(2);
      assertThat(now.get("groups")).as("no groups without by").isEmpty();

      // As at one second before the amendment L-03's 5 September PM was still N (unauthorised):
      // authorised 7-1 = 6, unauthorised 6+1 = 7; everything else the same.
      JsonNode before =
          q.json(SEPTEMBER + "&asAt=" + QuerySideHarness.encode(AMENDED.minusSeconds(1) + ""));
      assertThat(before.get("total").get("authorised").asLong()).isEqualTo(6);
      assertThat(before.get("total").get("unauthorised").asLong()).isEqualTo(7);
      assertThat(before.get("total").get("possible").asLong()).isEqualTo(98);
      assertThat(before.get("total").get("unauthorisedRate").asDouble())
          .isCloseTo(7 * 100.0 / 98, within(EPS));
      JsonNode atAmendment =
          q.json(SEPTEMBER + "&asAt=" + QuerySideHarness.encode(AMENDED.toString()));
      assertThat(atAmendment.get("total")).as("from the amendment's instant on").isEqualTo(total);

      // As at before any mark was recorded (learners registered, no marks yet): nobody has a
      // possible session, the total (0 learners) is suppressed, and unsuppressed it is all 0/null.
      String beforeMarks = "&asAt=" + QuerySideHarness.encode(MARKED.minusSeconds(60) + "");
      assertThat(q.json(SEPTEMBER + beforeMarks).get("total").get("suppressed").asBoolean())
          .isTrue();
      JsonNode empty = q.json(SEPTEMBER + beforeMarks + "&suppress=false").get("total");
      assertThat(empty.get("learners").asInt()).isZero();
      assertThat(empty.get("possible").asLong()).isZero();
      assertThat(empty.get("absenceRate").isNull()).isTrue();

      // by=sex. F = L-01..L-05: learners 5; present 10+9+8+5+8 = 40; approved 2; authorised
      // 1+1+5 = 7; unauthorised 1; possible 50; absenceRate 8/50 = 16; persistent L-02, L-03,
      // L-04 = 3 (60%); severe 1 (20%); late 1.
      // M = L-06..L-10 with possible > 0: learners 5; present 10+9+10+8+6 = 43; unauthorised
      // 1+4 = 5; possible 48; absenceRate 5/48×100; persistent L-07, L-10 = 2 (40%); severe 0;
      // late 1.
      JsonNode bySex = q.json(SEPTEMBER + "&by=sex");
      assertThat(bySex.get("total")).isEqualTo(total);
      assertThat(bySex.get("groups").findValuesAsText("group")).containsExactly("F", "M");
      JsonNode f = group(bySex, "F");
      assertThat(f.get("suppressed").asBoolean()).isFalse();
      assertThat(f.get("learners").asInt()).isEqualTo(5);
      assertThat(f.get("possible").asLong()).isEqualTo(50);
      assertThat(f.get("present").asLong()).isEqualTo(40);
      assertThat(f.get("approved").asLong()).isEqualTo(2);
      assertThat(f.get("authorised").asLong()).isEqualTo(7);
      assertThat(f.get("unauthorised").asLong()).isEqualTo(1);
      assertThat(f.get("absenceRate").asDouble()).isCloseTo(16.0, within(EPS));
      assertThat(f.get("persistentAbsentees").asInt()).isEqualTo(3);
      assertThat(f.get("persistentAbsenceRate").asDouble()).isCloseTo(60.0, within(EPS));
      assertThat(f.get("severeAbsentees").asInt()).isEqualTo(1);
      assertThat(f.get("severeAbsenceRate").asDouble()).isCloseTo(20.0, within(EPS));
      assertThat(f.get("late").asLong()).isEqualTo(1);
      JsonNode m = group(bySex, "M");
      assertThat(m.get("learners").asInt()).isEqualTo(5);
      assertThat(m.get("possible").asLong()).isEqualTo(48);
      assertThat(m.get("present").asLong()).isEqualTo(43);
      assertThat(m.get("unauthorised").asLong()).isEqualTo(5);
      assertThat(m.get("absenceRate").asDouble()).isCloseTo(5 * 100.0 / 48, within(EPS));
      assertThat(m.get("persistentAbsentees").asInt()).isEqualTo(2);
      assertThat(m.get("persistentAbsenceRate").asDouble()).isCloseTo(40.0, within(EPS));
      assertThat(m.get("severeAbsentees").asInt()).isZero();
      assertThat(m.get("late").asLong()).isEqualTo(1);

      // by=send. N = L-01..04, L-06..09: learners 8; possible 7×10 + 8 = 78; present
      // 10+9+8+5+10+9+10+8 = 69; authorised 7; unauthorised 2; persistent L-02, L-03, L-04, L-07
      // = 4; severe 1; late 2. K has 1 learner with possible > 0 (L-10), E 1 (L-05): both below 5,
      // suppressed; two are hidden, so no secondary suppression of N.
      JsonNode bySend = q.json(SEPTEMBER + "&by=send");
      JsonNode n = group(bySend, "N");
      assertThat(n.get("suppressed").asBoolean()).isFalse();
      assertThat(n.get("learners").asInt()).isEqualTo(8);
      assertThat(n.get("possible").asLong()).isEqualTo(78);
      assertThat(n.get("present").asLong()).isEqualTo(69);
      assertThat(n.get("authorised").asLong()).isEqualTo(7);
      assertThat(n.get("unauthorised").asLong()).isEqualTo(2);
      assertThat(n.get("persistentAbsentees").asInt()).isEqualTo(4);
      assertThat(n.get("persistentAbsenceRate").asDouble()).isCloseTo(50.0, within(EPS));
      assertThat(n.get("late").asLong()).isEqualTo(2);
      for (String hidden : List.of("K", "E")) {
        JsonNode g = group(bySend, hidden);
        assertThat(g.get("suppressed").asBoolean()).as(hidden + " has 1 learner").isTrue();
        assertThat(g.get("learners").isNull()).isTrue();
        assertThat(g.get("possible").isNull()).isTrue();
        assertThat(g.get("absenceRate").isNull()).isTrue();
      }

      // by=disadvantaged: Y = L-01, L-06, L-07 (3 learners) is suppressed; being the only one, the
      // next smallest (N, 7 learners) is suppressed too. Unsuppressed, Y: possible 30, present 29,
      // unauthorised 1, persistent 1 (L-07), late 1.
      JsonNode byDis = q.json(SEPTEMBER + "&by=disadvantaged");
      assertThat(group(byDis, "Y").get("suppressed").asBoolean()).isTrue();
      assertThat(group(byDis, "N").get("suppressed").asBoolean())
          .as("secondary suppression: Y could otherwise be derived from the total")
          .isTrue();
      JsonNode y = group(q.json(SEPTEMBER + "&by=disadvantaged&suppress=false"), "Y");
      assertThat(y.get("suppressed").asBoolean()).isFalse();
      assertThat(y.get("learners").asInt()).isEqualTo(3);
      assertThat(y.get("possible").asLong()).isEqualTo(30);
      assertThat(y.get("present").asLong()).isEqualTo(29);
      assertThat(y.get("unauthorised").asLong()).isEqualTo(1);
      assertThat(y.get("persistentAbsentees").asInt()).isEqualTo(1);
      assertThat(y.get("late").asLong()).isEqualTo(1);

      // provider=P-2: L-09..L-12, of whom L-09 and L-10 have possible sessions: the total (2) is
      // suppressed. Unsuppressed: possible 8+10 = 18, present 14, unauthorised 4, persistent 1.
      assertThat(q.json(SEPTEMBER + "&provider=P-2").get("total").get("suppressed").asBoolean())
          .isTrue();
      JsonNode p2 = q.json(SEPTEMBER + "&provider=P-2&suppress=false").get("total");
      assertThat(p2.get("learners").asInt()).isEqualTo(2);
      assertThat(p2.get("possible").asLong()).isEqualTo(18);
      assertThat(p2.get("present").asLong()).isEqualTo(14);
      assertThat(p2.get("unauthorised").asLong()).isEqualTo(4);
      assertThat(p2.get("persistentAbsentees").asInt()).isEqualTo(1);

      // September and October: October adds 10 present sessions to each of L-01..L-11.
      // learners 11; possible 98+110 = 208; present 83+110 = 193; absence 13 (7 + 6).
      // persistent: L-02 1/20, L-07 1/20 no longer; L-03 2/20, L-04 5/20, L-10 4/20 are = 3;
      // severe 0.
      JsonNode both =
          q.json("/api/v1/indicators/attendance?from=2025-09-01&to=2025-10-31").get("total");
      assertThat(both.get("learners").asInt()).isEqualTo(11);
      assertThat(both.get("possible").asLong()).isEqualTo(208);
      assertThat(both.get("present").asLong()).isEqualTo(193);
      assertThat(both.get("absenceRate").asDouble()).isCloseTo(13 * 100.0 / 208, within(EPS));
      assertThat(both.get("persistentAbsentees").asInt()).isEqualTo(3);
      assertThat(both.get("severeAbsentees").asInt()).isZero();

      // 4 September to 1 October: sessions 6..9 of September and 0..1 of October, marks outside
      // the dates in the same month documents left out. Per learner 6 possible, except L-11
      // (#×4 + 2 present = 2). present 6+5+4+6+6+6+6+6+6+2+2 = 55; authorised L-02 I + L-03 M =
      // 2; unauthorised L-03 N + L-10 G×4 = 5; possible 62; learners 11; late 0 (L-03's L is
      // session 2, L-07's U session 4); persistent L-02 1/6, L-03 2/6, L-10 4/6 = 3; severe L-10.
      JsonNode part =
          q.json("/api/v1/indicators/attendance?from=2025-09-04&to=2025-10-01").get("total");
      assertThat(part.get("learners").asInt()).isEqualTo(11);
      assertThat(part.get("possible").asLong()).isEqualTo(62);
      assertThat(part.get("present").asLong()).isEqualTo(55);
      assertThat(part.get("authorised").asLong()).isEqualTo(2);
      assertThat(part.get("unauthorised").asLong()).isEqualTo(5);
      assertThat(part.get("late").asLong()).isZero();
      assertThat(part.get("persistentAbsentees").asInt()).isEqualTo(3);
      assertThat(part.get("severeAbsentees").asInt()).isEqualTo(1);

      // The reader: L-12 (no marks) absent; L-11 (only # marks) present with no sessions.
      AttendanceReader reader = q.app().getBean(AttendanceReader.class);
      Map<String, AttendanceCounts> counts =
          reader.countsByLearner(SEP_1, LocalDate.of(2025, 9, 30), null);
      assertThat(counts).hasSize(11).doesNotContainKey("L-12");
      assertThat(counts.get("L-11")).isEqualTo(AttendanceCounts.NONE);
      assertThat(counts.get("L-03")).isEqualTo(new AttendanceCounts(8, 0, 1, 1, 1));
      assertThat(reader.countsByLearner(SEP_1, LocalDate.of(2025, 9, 30), AMENDED.minusSeconds(1)))
          .containsEntry("L-03", new AttendanceCounts(8, 0, 0, 2, 1));
      assertThat(reader.countsByLearner(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 8, 31), null))
          .isEmpty();
      assertThat(
              reader.countsByLearner(LocalDate.of(2024, 1, 15), LocalDate.of(2026, 12, 31), null))
          .as("three years, searched twelve months at a time, count what the two months hold")
          .isEqualTo(reader.countsByLearner(SEP_1, LocalDate.of(2025, 10, 31), null));

      // The document shape: L-03's September document holds ten marks plus the amendment's
      // version; the N it replaced is kept, superseded at the amendment's instant.
      AttendanceMonthDocument l03 =
          q.app()
              .getBean(DocumentStore.class)
              .find(ReadModels.ATTENDANCE, "L-03:2025-09", AttendanceMonthDocument.class)
              .orElseThrow();
      assertThat(l03.month()).isEqualTo("2025-09");
      assertThat(l03.position()).isEqualTo(24);
      assertThat(l03.marks()).hasSize(11);
      AttendanceEntry replaced = l03.marks().get(9);
      assertThat(replaced.code()).isEqualTo("N");
      assertThat(replaced.supersededAt()).isEqualTo(AMENDED);
      AttendanceEntry amended = l03.marks().get(10);
      assertThat(amended.code()).isEqualTo("M");
      assertThat(amended.recordedAt()).isEqualTo(AMENDED);
      assertThat(amended.supersededAt()).isNull();
      assertThat(amended.recordedBy()).isEqualTo("it-user");

      // Re-delivery: L-04's event (position 16) again but with every code changed, and the
      // amendment (24) again; then a new event (25: L-12 in December, outside every period asked)
      // to know they have all been consumed. Nothing asked above may change.
      q.publish(septemberAndOctober(4, "N N N N N N N N N N"), "attendance:" + id(4), 16, MARKED);
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-03", LocalDate.of(2025, 9, 5), Session.PM, "N", "M", "appointment letter"),
          "attendance:L-03",
          24,
          AMENDED);
      q.publish(
          new AttendanceMarksRecordedEvent(id(12), marks(LocalDate.of(2025, 12, 1), ". .")),
          "attendance:L-12",
          25,
          AMENDED.plusSeconds(3600));
      q.awaitCaughtUpTo(25);
      assertThat(q.json(SEPTEMBER)).as("a re-delivered event must change nothing").isEqualTo(now);
      assertThat(q.json(SEPTEMBER + "&by=sex")).isEqualTo(bySex);
      assertThat(
              q.json(SEPTEMBER + "&asAt=" + QuerySideHarness.encode(AMENDED.minusSeconds(1) + "")))
          .isEqualTo(before);
      ProjectionMeters meters = q.app().getBean(ProjectionMeters.class);
      assertThat(meters.count(ProcessingGroups.ATTENDANCE, "duplicate")).isGreaterThanOrEqualTo(2);

      // New data after every answer above was kept: the first request after it must see it.
      // L-07's 3 September AM U amended to present (26); L-13 registered (27) with ten present
      // September sessions (28). September: learners 11; possible 98+10 = 108; present
      // 83+1+10 = 94; unauthorised 6-1 = 5; late 2-1 = 1; persistent L-02, L-03, L-04, L-10 = 4.
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-07", LocalDate.of(2025, 9, 3), Session.AM, "U", "/", "register corrected"),
          "attendance:L-07",
          26,
          AMENDED.plusSeconds(7200));
      q.publish(registered(13), id(13), 27, AMENDED.plusSeconds(7200));
      q.publish(
          new AttendanceMarksRecordedEvent(id(13), marks(SEP_1, ". . . . . . . . . .")),
          "attendance:L-13",
          28,
          AMENDED.plusSeconds(7200));
      q.awaitCaughtUpTo(28);
      JsonNode changed = q.json(SEPTEMBER).get("total");
      assertThat(changed.get("learners").asInt()).isEqualTo(11);
      assertThat(changed.get("possible").asLong()).isEqualTo(108);
      assertThat(changed.get("present").asLong()).isEqualTo(94);
      assertThat(changed.get("unauthorised").asLong()).isEqualTo(5);
      assertThat(changed.get("late").asLong()).isEqualTo(1);
      assertThat(changed.get("persistentAbsentees").asInt()).isEqualTo(4);
      assertThat(q.json(SEPTEMBER + "&by=sex").get("total")).isEqualTo(changed);
      assertThat(
              q.json(SEPTEMBER + "&asAt=" + QuerySideHarness.encode(AMENDED.minusSeconds(1) + "")))
          .as("the past stays as it was")
          .isEqualTo(before);

      // Events applied out of the store's order (as from several Kafka partitions): position 30
      // (L-12 in December, outside September) first, the answer kept, then position 29 (L-09's
      // 1 September AM X amended to present). The greatest position stays 30 and no document is
      // added, yet the next answer must count the amendment: possible 109, present 95.
      q.publish(
          new AttendanceMarksRecordedEvent(id(12), marks(LocalDate.of(2025, 12, 2), ". .")),
          "attendance:L-12",
          30,
          AMENDED.plusSeconds(9000));
      q.awaitCaughtUpTo(30);
      assertThat(q.json(SEPTEMBER).get("total")).isEqualTo(changed);
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-09", LocalDate.of(2025, 9, 1), Session.AM, "X", "/", "register corrected"),
          "attendance:L-09",
          29,
          AMENDED.plusSeconds(9000));
      DocumentStore documents = q.app().getBean(DocumentStore.class);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (documents
              .find(ReadModels.ATTENDANCE, "L-09:2025-09", AttendanceMonthDocument.class)
              .orElseThrow()
              .position()
          != 29) {
        assertThat(System.nanoTime()).as("L-09's amendment applied").isLessThan(deadline);
        Thread.sleep(100);
      }
      documents
          .client()
          .indices()
          .refresh(r -> r.index(documents.indices().alias(ReadModels.ATTENDANCE)));
      JsonNode outOfOrder = q.json(SEPTEMBER).get("total");
      assertThat(outOfOrder.get("possible").asLong()).isEqualTo(109);
      assertThat(outOfOrder.get("present").asLong()).isEqualTo(95);

      // Bad parameters answer 400 naming the parameter.
      assertBadParameter(q, SEPTEMBER + "&by=colour", "by");
      assertBadParameter(q, "/api/v1/indicators/attendance?from=2025-10-01&to=2025-09-30", "from");
      assertBadParameter(q, "/api/v1/indicators/attendance?from=2025-09-01&to=2025-09-31", "to");
      assertBadParameter(q, "/api/v1/indicators/attendance?from=01/09/2025", "from");
      assertBadParameter(q, SEPTEMBER + "&asAt=yesterday", "asAt");
      assertBadParameter(q, SEPTEMBER + "&suppress=maybe", "suppress");
      assertBadParameter(q, SEPTEMBER + "&area=maths", "area");
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static void assertBadParameter(QuerySideHarness q, String pathAndQuery, String parameter)
      throws Exception {
    HttpResponse<String> r = q.get(pathAndQuery);
    assertThat(r.statusCode()).as("GET " + pathAndQuery + " → " + r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = QuerySideHarness.JSON.readTree(r.body());
    assertThat(body.get("errors").findValuesAsText("parameter")).contains(parameter);
  }
}
