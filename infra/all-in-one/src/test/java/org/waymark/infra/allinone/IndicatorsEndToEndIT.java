package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * The whole path a user takes: a small dataset imported as CSV through the command side, projected
 * through Kafka into Elasticsearch, and every indicator endpoint of CONTRACT.md checked against
 * figures worked out by hand (the arithmetic is in the comments). Data: {@code
 * src/test/resources/e2e/}; 11 learners of provider P1 (L01–L06 F, L07–L11 M; L01–L05
 * disadvantaged), one week of registers for L01–L10, one amendment, maths assessments, targets,
 * reviews, a placement at an unregistered alternative provider and one QA visit.
 */
@WithEmbeddedServices
class IndicatorsEndToEndIT {
  static final ObjectMapper JSON = RunningWaymark.JSON;
  static final double EPS = 1e-9;
  static RunningWaymark waymark;

  /** An instant after the first attendance import and before its amendment. */
  static Instant beforeAmendment;

  @BeforeAll
  static void importTheDataset() throws Exception {
    waymark = RunningWaymark.start(IndicatorsEndToEndIT.class);
    waymark.importE2eDataset();
    Thread.sleep(1100); // event timestamps have millisecond precision; keep the instants apart
    beforeAmendment = Instant.now();
    Thread.sleep(1100);
    waymark.importFile("attendance", "attendance-amendment.csv");
    waymark.awaitCaughtUp();
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  static HttpResponse<String> send(String pathAndQuery) throws Exception {
    return waymark.send("GET", pathAndQuery);
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    return waymark.get(pathAndQuery);
  }

  static JsonNode group(JsonNode body, String key) {
    for (JsonNode g : body.get("groups")) {
      if (g.get("group").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + body);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static final String WEEK = "from=2025-09-01&to=2025-09-05";

  /**
   * Before the amendment (CONTRACT.md "Attendance codes" and the rates after them). Ten learners
   * with ten sessions each, less L06's X (not possible): possible 99. Absences: L02 one I
   * (authorised); L03 two N, L04 five N, L07 one U (unauthorised: 8). Absence 9 → 9/99 × 100.
   * Persistent (≥ 10%): L02 1/10, L03 2/10, L04 5/10, L07 1/10 → 4 of 10 learners; severe (≥ 50%):
   * L04 → 1 of 10. Late: L05's L and L07's U → 2. Present: 99 − 9 = 90.
   */
  @Test
  void attendanceAsTheHistoryStoodBeforeTheAmendment() throws Exception {
    JsonNode total =
        get("/api/v1/indicators/attendance?" + WEEK + "&asAt=" + beforeAmendment).get("total");
    assertThat(total.get("learners").asInt()).isEqualTo(10);
    assertThat(total.get("possible").asLong()).isEqualTo(99);
    assertThat(total.get("present").asLong()).isEqualTo(90);
    assertThat(total.get("approved").asLong()).isZero();
    assertThat(total.get("authorised").asLong()).isEqualTo(1);
    assertThat(total.get("unauthorised").asLong()).isEqualTo(8);
    assertThat(total.get("absenceRate").asDouble()).isCloseTo(9 * 100.0 / 99, within(EPS));
    assertThat(total.get("authorisedRate").asDouble()).isCloseTo(100.0 / 99, within(EPS));
    assertThat(total.get("unauthorisedRate").asDouble()).isCloseTo(800.0 / 99, within(EPS));
    assertThat(total.get("persistentAbsentees").asInt()).isEqualTo(4);
    assertThat(total.get("persistentAbsenceRate").asDouble()).isCloseTo(40.0, within(EPS));
    assertThat(total.get("severeAbsentees").asInt()).isEqualTo(1);
    assertThat(total.get("severeAbsenceRate").asDouble()).isCloseTo(10.0, within(EPS));
    assertThat(total.get("late").asLong()).isEqualTo(2);
    assertThat(total.get("suppressed").asBoolean()).isFalse();
  }

  /** After the amendment L03's 2 September AM is M (authorised): authorised 2, unauthorised 7. */
  @Test
  void attendanceNowCountsTheAmendedMark() throws Exception {
    JsonNode total = get("/api/v1/indicators/attendance?" + WEEK).get("total");
    assertThat(total.get("authorised").asLong()).isEqualTo(2);
    assertThat(total.get("unauthorised").asLong()).isEqualTo(7);
    assertThat(total.get("absenceRate").asDouble()).isCloseTo(9 * 100.0 / 99, within(EPS));
    assertThat(total.get("persistentAbsentees").asInt()).isEqualTo(4);
  }

  /**
   * By disadvantage, before the amendment. Y (L01–L05): possible 50, present 42, authorised 1,
   * unauthorised 7 → absence 16%; persistent L02, L03, L04 → 3/5 = 60%; severe L04 → 20%; late 1. N
   * (L06–L10; L11 has no marks, so no possible sessions): possible 49, present 48, unauthorised 1 →
   * 100/49 %; persistent L07 → 20%; late 1.
   */
  @Test
  void attendanceByDisadvantage() throws Exception {
    JsonNode body =
        get("/api/v1/indicators/attendance?" + WEEK + "&by=disadvantaged&asAt=" + beforeAmendment);
    JsonNode y = group(body, "Y");
    assertThat(y.get("learners").asInt()).isEqualTo(5);
    assertThat(y.get("possible").asLong()).isEqualTo(50);
    assertThat(y.get("present").asLong()).isEqualTo(42);
    assertThat(y.get("absenceRate").asDouble()).isCloseTo(16.0, within(EPS));
    assertThat(y.get("persistentAbsenceRate").asDouble()).isCloseTo(60.0, within(EPS));
    assertThat(y.get("severeAbsenceRate").asDouble()).isCloseTo(20.0, within(EPS));
    assertThat(y.get("late").asLong()).isEqualTo(1);
    JsonNode n = group(body, "N");
    assertThat(n.get("learners").asInt()).isEqualTo(5);
    assertThat(n.get("possible").asLong()).isEqualTo(49);
    assertThat(n.get("unauthorised").asLong()).isEqualTo(1);
    assertThat(n.get("absenceRate").asDouble()).isCloseTo(100.0 / 49, within(EPS));
    assertThat(n.get("persistentAbsenceRate").asDouble()).isCloseTo(20.0, within(EPS));
    assertThat(n.get("severeAbsentees").asInt()).isZero();
  }

  /**
   * By sex: M has 4 learners with possible sessions (L07–L10) → suppressed; it is the only
   * suppressed group, so the next smallest (F, the only other) is suppressed too; the total stays.
   * With {@code suppress=false} both are shown.
   */
  @Test
  void attendanceBySexSuppressesSmallGroupsAndTheirComplement() throws Exception {
    JsonNode body = get("/api/v1/indicators/attendance?" + WEEK + "&by=sex");
    JsonNode m = group(body, "M");
    assertThat(m.get("suppressed").asBoolean()).isTrue();
    assertThat(m.get("learners").isNull()).isTrue();
    assertThat(m.get("absenceRate").isNull()).isTrue();
    assertThat(group(body, "F").get("suppressed").asBoolean()).isTrue();
    assertThat(body.get("total").get("suppressed").asBoolean()).isFalse();

    JsonNode open = get("/api/v1/indicators/attendance?" + WEEK + "&by=sex&suppress=false");
    assertThat(group(open, "M").get("learners").asInt()).isEqualTo(4);
    assertThat(group(open, "F").get("learners").asInt()).isEqualTo(6);
  }

  /**
   * Maths at 2025-12-31. Distances (latest − baseline): L01 2, L02 1, L03 3, L04 0, L05 2, L06 3,
   * L07 2, L08 1, L09 0; L10 has no baseline. 9 learners: mean baseline 28/9, mean latest 42/9,
   * mean distance 14/9. Value added by band ⌊baseline⌋: band 2 {0, 2} mean 1; band 3 {2, 1, 3, 0}
   * mean 1.5; band 4 {3, 2, 1} mean 2 → value added sums to 0. Disadvantaged (suppress=false): Y
   * L01–L05 mean distance 8/5 = 1.6, others (L06–L09) 6/4 = 1.5 → gap 0.1; N gap −0.1. Gap index:
   * latest scores ranked (ties share the mean rank) — L04 2 → 1; L09 3 → 2; L02, L07 4 → 3.5; L01,
   * L08, L10 5 → 6; L05, L06 6 → 8.5; L03 7 → 10. Disadvantaged mean rank (6 + 3.5 + 10 + 1 + 8.5)
   * / 5 = 5.8, others (8.5 + 3.5 + 6 + 2 + 6) / 5 = 5.2 → GI = 20 × (5.2 − 5.8) / 10 = −1.2.
   */
  @Test
  void progressInMaths() throws Exception {
    JsonNode body =
        get("/api/v1/indicators/progress?area=maths&to=2025-12-31&by=disadvantaged&suppress=false");
    JsonNode total = body.get("total");
    assertThat(total.get("learners").asInt()).isEqualTo(9);
    assertThat(total.get("meanBaseline").asDouble()).isCloseTo(28.0 / 9, within(EPS));
    assertThat(total.get("meanLatest").asDouble()).isCloseTo(42.0 / 9, within(EPS));
    assertThat(total.get("meanDistanceTravelled").asDouble()).isCloseTo(14.0 / 9, within(EPS));
    assertThat(total.get("meanValueAdded").asDouble()).isCloseTo(0.0, within(EPS));
    JsonNode y = group(body, "Y");
    assertThat(y.get("learners").asInt()).isEqualTo(5);
    assertThat(y.get("meanDistanceTravelled").asDouble()).isCloseTo(1.6, within(EPS));
    assertThat(y.get("gap").asDouble()).isCloseTo(0.1, within(EPS));
    JsonNode n = group(body, "N");
    assertThat(n.get("learners").asInt()).isEqualTo(4);
    assertThat(n.get("gap").asDouble()).isCloseTo(-0.1, within(EPS));
    JsonNode gi = body.get("disadvantageGapIndex");
    double index = gi.isNumber() ? gi.asDouble() : gi.get("value").asDouble();
    assertThat(index).isCloseTo(-1.2, within(EPS));
  }

  /**
   * Autumn term 2025-09-01..2025-12-31. Set in the period: T01–T07 (T08 was set in August) → 7.
   * Final outcomes dated in the period: MET T01, T08 → 2; PARTIALLY_MET T03; NOT_MET T02; WITHDRAWN
   * T06; CARRIED_FORWARD T04 → 1. Achievement 2 / (2 + 1 + 1) = 50%. Overdue at 31 December: T05
   * (due 10 November, no outcome); T04 was carried forward to 31 January; T07 is due in February.
   * Learners with a target set by then: L01–L07 → 7.
   */
  @Test
  void targetsInTheAutumnTerm() throws Exception {
    JsonNode total = get("/api/v1/indicators/targets?from=2025-09-01&to=2025-12-31").get("total");
    assertThat(total.get("learners").asInt()).isEqualTo(7);
    assertThat(total.get("set").asInt()).isEqualTo(7);
    assertThat(total.get("met").asInt()).isEqualTo(2);
    assertThat(total.get("partiallyMet").asInt()).isEqualTo(1);
    assertThat(total.get("notMet").asInt()).isEqualTo(1);
    assertThat(total.get("carriedForward").asInt()).isEqualTo(1);
    assertThat(total.get("withdrawn").asInt()).isEqualTo(1);
    assertThat(total.get("achievementRate").asDouble()).isCloseTo(50.0, within(EPS));
    assertThat(total.get("overdue").asInt()).isEqualTo(1);
  }

  /**
   * At 2025-12-01 with the 42-day window a review on or after 20 October is current: L01 (20 Nov),
   * L02 (20 Oct, exactly 42 days), L04 (25 Nov), L06 (1 Nov), L07 (30 Nov) → 5 of 11 active → 5/11
   * × 100. Overdue: L03 (19 Oct, 43 days), L05 (30 Sep), and L08–L11 with no review.
   */
  @Test
  void reviewCurrency() throws Exception {
    JsonNode body = get("/api/v1/indicators/reviews?at=2025-12-01");
    JsonNode total = body.get("total");
    assertThat(total.get("active").asInt()).isEqualTo(11);
    assertThat(total.get("current").asInt()).isEqualTo(5);
    assertThat(total.get("reviewCurrency").asDouble()).isCloseTo(500.0 / 11, within(EPS));
    assertThat(texts(body.get("overdue")))
        .containsExactly("L03", "L05", "L08", "L09", "L10", "L11");
  }

  /**
   * AP1 is unregistered. Its one placement (L11, 20 h a week) is full time (≥ 18 h) and L11 is
   * looked after with an EHC plan → must register; 20 h > 10 h → breach PL1. Visit V1: theme 1 has
   * 1.4 NOT_MET → unsuitable; theme 2 leaves 2.8 unjudged; theme 3 has one of each judgement and 4
   * criteria unjudged.
   */
  @Test
  void qaOfTheAlternativeProvider() throws Exception {
    JsonNode body = get("/api/v1/qa/providers/AP1?at=2025-12-01");
    assertThat(body.get("providerId").asText()).isEqualTo("AP1");
    assertThat(body.get("registered").asBoolean()).isFalse();
    assertThat(body.get("latestVisit").asText()).isEqualTo("V1");
    assertThat(body.get("suitable").asBoolean()).isFalse();
    assertThat(body.get("mustRegister").asBoolean()).isTrue();
    assertThat(texts(body.get("breaches"))).containsExactly("PL1");
    JsonNode themes = body.get("themes");
    assertThat(themes).hasSize(9);
    JsonNode t1 = themes.get(0);
    assertThat(t1.get("theme").asInt()).isEqualTo(1);
    assertThat(t1.get("essential").asBoolean()).isTrue();
    assertThat(t1.get("fullyMet").asInt()).isEqualTo(5);
    assertThat(t1.get("notMet").asInt()).isEqualTo(1);
    assertThat(t1.get("unjudged").asInt()).isZero();
    JsonNode t2 = themes.get(1);
    assertThat(t2.get("fullyMet").asInt()).isEqualTo(7);
    assertThat(t2.get("unjudged").asInt()).isEqualTo(1);
    JsonNode t3 = themes.get(2);
    assertThat(t3.get("essential").asBoolean()).isFalse();
    assertThat(t3.get("fullyMet").asInt()).isEqualTo(1);
    assertThat(t3.get("partiallyMet").asInt()).isEqualTo(1);
    assertThat(t3.get("notMet").asInt()).isEqualTo(1);
    assertThat(t3.get("unjudged").asInt()).isEqualTo(4);

    JsonNode school = get("/api/v1/qa/providers/P1?at=2025-12-01");
    assertThat(school.get("registered").asBoolean()).isTrue();
    assertThat(school.get("mustRegister").asBoolean()).isFalse();
  }

  /**
   * The audit trail of L03: registered, then marks, then the amendment of 2 September AM from N to
   * M, with who and when; as at the instant before the amendment it is not there.
   */
  @Test
  void auditTrailOfALearner() throws Exception {
    JsonNode now = get("/api/v1/audit/learners/L03");
    List<String> types = new ArrayList<>();
    now.get("events").forEach(e -> types.add(e.get("type").asText()));
    assertThat(types).contains("LearnerRegisteredEvent", "AttendanceMarkAmendedEvent");
    assertThat(types.get(0)).isEqualTo("LearnerRegisteredEvent");
    long last = -1;
    for (JsonNode e : now.get("events")) {
      assertThat(e.get("position").asLong()).isGreaterThan(last);
      last = e.get("position").asLong();
      assertThat(e.get("recordedBy").asText()).isNotBlank();
    }
    JsonNode before = get("/api/v1/audit/learners/L03?asAt=" + beforeAmendment);
    List<String> typesBefore = new ArrayList<>();
    before.get("events").forEach(e -> typesBefore.add(e.get("type").asText()));
    assertThat(typesBefore).doesNotContain("AttendanceMarkAmendedEvent");
    assertThat(typesBefore.size()).isEqualTo(types.size() - 1);
  }

  /**
   * Weekly absence over September: the first week (1–7 September) holds every mark, so it equals
   * the week's figure after the amendment (9/99); the later weeks have no marks, so no possible
   * sessions and a null rate.
   */
  @Test
  void weeklyAbsenceTrend() throws Exception {
    JsonNode body = get("/api/v1/trends/absence-rate?from=2025-09-01&to=2025-09-30&interval=week");
    JsonNode periods = body.get("periods");
    assertThat(periods).hasSize(5);
    assertThat(periods.get(0).get("from").asText()).isEqualTo("2025-09-01");
    assertThat(periods.get(0).get("to").asText()).isEqualTo("2025-09-07");
    assertThat(periods.get(0).get("total").get("value").asDouble())
        .isCloseTo(9 * 100.0 / 99, within(EPS));
    assertThat(periods.get(1).get("total").get("value").isNull()).isTrue();
    assertThat(periods.get(4).get("to").asText()).isEqualTo("2025-09-30");
  }

  /**
   * At 1 December, attendance since 1 September under 90%: L03 (8 of 10 sessions) and L04 (5 of
   * 10); L02 and L07 attend exactly 90%, which is not under. Not on target at the last review: L02,
   * L04, L07. Review overdue: L03, L05, L08–L11. Nobody missed two targets in a row.
   */
  @Test
  void learnersFallingBehind() throws Exception {
    JsonNode body = get("/api/v1/watchlist/falling-behind?at=2025-12-01");
    List<String> ids = new ArrayList<>();
    body.get("learners").forEach(l -> ids.add(l.get("learnerId").asText()));
    assertThat(ids).containsExactly("L02", "L03", "L04", "L05", "L07", "L08", "L09", "L10", "L11");
    JsonNode l04 = body.get("learners").get(2);
    assertThat(l04.get("lowAttendance").asBoolean()).isTrue();
    assertThat(l04.get("attendanceRate").asDouble()).isCloseTo(50.0, within(EPS));
    assertThat(l04.get("notOnTarget").asBoolean()).isTrue();
    assertThat(l04.get("reviewOverdue").asBoolean()).isFalse();
  }

  @Test
  void projectionStatusIsCaughtUp() throws Exception {
    JsonNode status = get("/api/v1/projections/status");
    assertThat(status.get("caughtUp").asBoolean()).isTrue();
    assertThat(status.get("eventsBehind").asLong()).isZero();
    assertThat(status.get("position").asLong()).isPositive();
  }

  @Test
  void badParametersNameTheParameter() throws Exception {
    for (String[] c :
        new String[][] {
          {"/api/v1/indicators/attendance?by=shoeSize", "by"},
          {"/api/v1/indicators/attendance?from=2025-10-01&to=2025-09-01", "from"},
          {"/api/v1/indicators/attendance?from=01/09/2025", "from"},
          {"/api/v1/indicators/targets?asAt=yesterday", "asAt"},
          {"/api/v1/indicators/progress", "area"},
          {"/api/v1/indicators/reviews?at=2025-13-01", "at"},
        }) {
      HttpResponse<String> r = send(c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(JSON.readTree(r.body()).get("errors").get(0).get("parameter").asText())
          .as(c[0])
          .isEqualTo(c[1]);
    }
  }
}
