package org.waymark.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.api.progress.WiderSkillsRatedEvent;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.status.ProjectionMeters;

/**
 * {@code GET /api/v1/indicators/progress} and {@code /wider-skills} on the real embedded services,
 * from a small hand-made history whose every figure is worked out below (CONTRACT.md "Definitions",
 * "Progress" and "Disadvantage gap index").
 *
 * <p>Area maths, {@code to} = 2026-01-31. Learners (all provider P1; White unless said):
 *
 * <pre>
 * L1 F dis  B 3.5 (09-10)  P 5.0 (12-01)  F 7.0 (2026-03-01, after to: ignored)  english P 9.0 (other area)
 * L2 M      B 3.0 (09-10)  P 4.0 (12-01), amended to 6.0 at TA
 * L3 F      B 4.2 (09-10)  P 5.2 and F 6.2 both 2026-01-15 (tie: FINAL wins)
 * L4 M dis  B 4.0 (09-05)  B 4.8 (09-12: not the earliest)  P 5.0 (11-20)
 * L5 F      B 2.0 (09-10)  P 3.0 (10-01)  P 2.5 (11-01: the most recent)
 * L6 M dis  B 2.9 (09-10)  P 5.0 (12-01)
 * L7 F dis  Asian (APKN)  B 3.9 (09-10)  P 4.4 (12-01)
 * L8 M      P 6.2 (12-10), no baseline: ranked for the gap index, no distance travelled
 * L9 F      B 3.0 (09-10), no latest: neither
 * </pre>
 *
 * After the amendment (baseline, latest, distance travelled; band = ⌊baseline⌋):
 *
 * <pre>
 * L1 3.5 5.0 1.5 b3 | L2 3.0 6.0 3.0 b3 | L3 4.2 6.2 2.0 b4 | L4 4.0 5.0 1.0 b4
 * L5 2.0 2.5 0.5 b2 | L6 2.9 5.0 2.1 b2 | L7 3.9 4.4 0.5 b3
 * band 2: (0.5 + 2.1) / 2 = 1.3        → VA L5 −0.8, L6 +0.8
 * band 3: (1.5 + 3.0 + 0.5) / 3 = 5/3  → VA L1 −1/6, L2 +4/3, L7 −7/6
 * band 4: (2.0 + 1.0) / 2 = 1.5        → VA L3 +0.5, L4 −0.5
 * total: 7 learners, Σbaseline 23.5 (mean 3.357142857), Σlatest 34.1 (4.871428571),
 *        Σdistance 10.6 (1.514285714), ΣVA 0
 * White (L1–L6): 6, Σb 19.6 (3.266666667), Σl 29.7 (4.95), Σd 10.1 (1.683333333),
 *        ΣVA 0 − (−7/6) = 7/6 (0.194444444), gap 1.683333333 − 0.5 (L7) = 1.183333333
 * Asian (L7): 1 learner → suppressed; every other ethnic group has 0 → suppressed
 * </pre>
 *
 * Gap index after (latest ascending; 8 learners with a latest score):
 *
 * <pre>
 * 2.5 L5 N r1 | 4.4 L7 Y r2 | 5.0 L1 L4 L6 Y r3–5 → 4 | 6.0 L2 N r6 | 6.2 L3 L8 N r7–8 → 7.5
 * disadvantaged 2+4+4+4 = 14 / 4 = 3.5; others 1+6+7.5+7.5 = 22 / 4 = 5.5
 * GI = 20 × (5.5 − 3.5) / 8 = 5.0 (suppress=false); both groups have 4 &lt; 5 → null when suppressed
 * </pre>
 *
 * Before the amendment (asAt between T0 and TA), L2's latest is 4.0, distance 1.0:
 *
 * <pre>
 * Σlatest 32.1 (4.585714286), Σdistance 8.6 (1.228571429); band 3 mean (1.5+1.0+0.5)/3 = 1.0
 * ranks: 2.5 L5 N r1 | 4.0 L2 N r2 | 4.4 L7 Y r3 | 5.0 ×3 Y r4–6 → 5 | 6.2 ×2 N → 7.5
 * disadvantaged 3+5+5+5 = 18 / 4 = 4.5; others 1+2+7.5+7.5 = 18 / 4 = 4.5 → GI = 0
 * </pre>
 */
@WithEmbeddedServices
class ProgressIndicatorIT {
  static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
  static final Instant TA = Instant.parse("2026-02-10T08:00:00Z");
  static final Instant BEFORE_AMENDMENT = Instant.parse("2026-02-05T00:00:00Z");
  static final String PERIOD = "from=2025-09-01&to=2026-01-31";
  static final double E = 1e-9;

  private long position;

  static LearnerRegisteredEvent learner(
      String id, Sex sex, Ethnicity ethnicity, boolean disadvantaged) {
    return new LearnerRegisteredEvent(
        id,
        "P1",
        "Given",
        "Family",
        LocalDate.of(2010, 1, 1),
        sex,
        ethnicity,
        SendStatus.N,
        disadvantaged,
        false,
        false,
        "10",
        LocalDate.of(2025, 9, 1));
  }

  static AssessmentRecordedEvent assessment(
      String learner, String area, String date, AssessmentKind kind, double score) {
    LocalDate d = LocalDate.parse(date);
    return new AssessmentRecordedEvent(
        RecordAssessmentCommand.key(learner, area, d, kind), learner, area, d, kind, score);
  }

  @Test
  void answersProgressFromTheAssessmentsAsTheHistoryStood() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(ProgressIndicatorIT.class, "progress")) {
      AssessmentKind b = AssessmentKind.BASELINE;
      AssessmentKind p = AssessmentKind.PROGRESS;
      AssessmentKind f = AssessmentKind.FINAL;
      publish(q, learner("L1", Sex.F, Ethnicity.WBRI, true), "L1", T0);
      publish(q, learner("L2", Sex.M, Ethnicity.WBRI, false), "L2", T0);
      publish(q, learner("L3", Sex.F, Ethnicity.WIRI, false), "L3", T0);
      publish(q, learner("L4", Sex.M, Ethnicity.WBRI, true), "L4", T0);
      publish(q, learner("L5", Sex.F, Ethnicity.WOTH, false), "L5", T0);
      publish(q, learner("L6", Sex.M, Ethnicity.WBRI, true), "L6", T0);
      publish(q, learner("L7", Sex.F, Ethnicity.APKN, true), "L7", T0);
      publish(q, learner("L8", Sex.M, Ethnicity.WBRI, false), "L8", T0);
      publish(q, learner("L9", Sex.F, Ethnicity.WBRI, false), "L9", T0);

      List<AssessmentRecordedEvent> recorded =
          List.of(
              assessment("L1", "maths", "2025-09-10", b, 3.5),
              assessment("L1", "maths", "2025-12-01", p, 5.0),
              assessment("L1", "maths", "2026-03-01", f, 7.0),
              assessment("L1", "english", "2025-12-01", p, 9.0),
              assessment("L2", "maths", "2025-09-10", b, 3.0),
              assessment("L2", "maths", "2025-12-01", p, 4.0),
              assessment("L3", "maths", "2025-09-10", b, 4.2),
              assessment("L3", "maths", "2026-01-15", p, 5.2),
              assessment("L3", "maths", "2026-01-15", f, 6.2),
              assessment("L4", "maths", "2025-09-05", b, 4.0),
              assessment("L4", "maths", "2025-09-12", b, 4.8),
              assessment("L4", "maths", "2025-11-20", p, 5.0),
              assessment("L5", "maths", "2025-09-10", b, 2.0),
              assessment("L5", "maths", "2025-10-01", p, 3.0),
              assessment("L5", "maths", "2025-11-01", p, 2.5),
              assessment("L6", "maths", "2025-09-10", b, 2.9),
              assessment("L6", "maths", "2025-12-01", p, 5.0),
              assessment("L7", "maths", "2025-09-10", b, 3.9),
              assessment("L7", "maths", "2025-12-01", p, 4.4),
              assessment("L8", "maths", "2025-12-10", p, 6.2),
              assessment("L9", "maths", "2025-09-10", b, 3.0));
      long l5Latest = 0;
      for (AssessmentRecordedEvent a : recorded) {
        publish(q, a, a.assessmentId(), T0);
        if (a.learnerId().equals("L5") && a.score() == 2.5) {
          l5Latest = position;
        }
      }
      // Re-delivery of L5's latest assessment's position with another score: must change nothing.
      AssessmentRecordedEvent l5 = assessment("L5", "maths", "2025-11-01", p, 9.9);
      q.publish(l5, l5.assessmentId(), l5Latest, T0);

      String l2 = RecordAssessmentCommand.key("L2", "maths", LocalDate.of(2025, 12, 1), p);
      AssessmentAmendedEvent amended =
          new AssessmentAmendedEvent(
              l2, "L2", "maths", LocalDate.of(2025, 12, 1), p, 4.0, 6.0, "marked again");
      publish(q, amended, l2, TA);

      // Wider skills of L1, tutor-rated (and a self-assessment that the default leaves out).
      String sept = "wider-skills:L1:2025-09-10:BASELINE:TUTOR";
      String dec = "wider-skills:L1:2025-12-01:PROGRESS:TUTOR";
      publish(
          q,
          new WiderSkillsRatedEvent(
              sept,
              "L1",
              LocalDate.of(2025, 9, 10),
              b,
              WiderSkillsRater.TUTOR,
              new WiderSkillsRatings(2, 2, 3, 1)),
          sept,
          T0);
      publish(
          q,
          new WiderSkillsRatedEvent(
              dec,
              "L1",
              LocalDate.of(2025, 12, 1),
              p,
              WiderSkillsRater.TUTOR,
              new WiderSkillsRatings(4, 3, 3, 2)),
          dec,
          T0);
      for (String date : List.of("2025-09-10", "2025-12-01")) {
        String self = "wider-skills:L1:" + date + ":PROGRESS:LEARNER";
        int r = date.startsWith("2025-09") ? 1 : 5;
        publish(
            q,
            new WiderSkillsRatedEvent(
                self,
                "L1",
                LocalDate.parse(date),
                p,
                WiderSkillsRater.LEARNER,
                new WiderSkillsRatings(r, r, r, r)),
            self,
            T0);
      }
      publish(
          q,
          new WiderSkillsRatingAmendedEvent(
              dec,
              "L1",
              LocalDate.of(2025, 12, 1),
              p,
              WiderSkillsRater.TUTOR,
              new WiderSkillsRatings(4, 3, 3, 2),
              new WiderSkillsRatings(5, 3, 3, 2),
              "mistyped"),
          dec,
          TA);
      q.awaitCaughtUpTo(position);
      assertThat(
              q.app().getBean(ProjectionMeters.class).count(ProcessingGroups.PROGRESS, "duplicate"))
          .as("the re-delivered position was seen and recognised")
          .isGreaterThanOrEqualTo(1);

      // The reader: 19 maths assessments dated on or before 31 January; 21 in all.
      AssessmentReader reader = q.app().getBean(AssessmentReader.class);
      assertThat(reader.assessments("maths", LocalDate.of(2026, 1, 31), null)).hasSize(19);
      assertThat(reader.assessments(null, null, null)).hasSize(21);
      assertThat(reader.assessments(null, null, T0.minusSeconds(1)))
          .as("nothing was recorded before T0")
          .isEmpty();
      assertThat(
              reader.assessments("maths", null, BEFORE_AMENDMENT).stream()
                  .filter(a -> a.learnerId().equals("L2") && a.kind() == p)
                  .map(a -> a.score())
                  .toList())
          .containsExactly(4.0);

      // Now, total only.
      JsonNode now = q.json("/api/v1/indicators/progress?area=maths&" + PERIOD);
      assertThat(now.get("groups")).isEmpty();
      JsonNode total = now.get("total");
      assertThat(fieldNames(total))
          .containsExactly(
              "group",
              "learners",
              "meanBaseline",
              "meanLatest",
              "meanDistanceTravelled",
              "meanValueAdded",
              "gap",
              "suppressed");
      assertThat(total.get("group").asText()).isEqualTo("total");
      assertThat(total.get("learners").asInt()).isEqualTo(7);
      assertThat(total.get("meanBaseline").asDouble()).isCloseTo(23.5 / 7, within(E));
      assertThat(total.get("meanLatest").asDouble())
          .as("L5's re-delivered 9.9 must not count; L2's amended 6.0 must")
          .isCloseTo(34.1 / 7, within(E));
      assertThat(total.get("meanDistanceTravelled").asDouble()).isCloseTo(10.6 / 7, within(E));
      assertThat(total.get("meanValueAdded").asDouble()).isCloseTo(0.0, within(E));
      assertThat(total.get("gap").isNull()).isTrue();
      assertThat(total.get("suppressed").asBoolean()).isFalse();
      assertThat(now.get("disadvantageGapIndex").isNull())
          .as("4 disadvantaged and 4 others: under 5 each, so suppressed")
          .isTrue();
      assertThat(fieldNames(now)).containsExactly("total", "groups", "disadvantageGapIndex");

      JsonNode open = q.json("/api/v1/indicators/progress?area=maths&suppress=false&" + PERIOD);
      assertThat(open.get("disadvantageGapIndex").asDouble()).isCloseTo(5.0, within(E));

      // By ethnicity: White visible, Asian (1 learner) and the empty groups suppressed.
      JsonNode byEthnicity =
          q.json("/api/v1/indicators/progress?area=maths&by=ethnicity&" + PERIOD);
      JsonNode groups = byEthnicity.get("groups");
      assertThat(groups).hasSize(7);
      assertThat(groups.get(0).get("group").asText()).isEqualTo("White");
      JsonNode white = groups.get(0);
      assertThat(white.get("suppressed").asBoolean()).isFalse();
      assertThat(white.get("learners").asInt()).isEqualTo(6);
      assertThat(white.get("meanBaseline").asDouble()).isCloseTo(19.6 / 6, within(E));
      assertThat(white.get("meanLatest").asDouble()).isCloseTo(29.7 / 6, within(E));
      assertThat(white.get("meanDistanceTravelled").asDouble()).isCloseTo(10.1 / 6, within(E));
      assertThat(white.get("meanValueAdded").asDouble()).isCloseTo(7.0 / 36, within(E));
      assertThat(white.get("gap").asDouble()).isCloseTo(10.1 / 6 - 0.5, within(E));
      JsonNode asian = group(groups, "Asian");
      assertThat(asian.get("suppressed").asBoolean()).isTrue();
      assertThat(asian.get("learners").isNull()).isTrue();
      assertThat(asian.get("meanDistanceTravelled").isNull()).isTrue();
      for (JsonNode g : groups) {
        if (!g.get("group").asText().equals("White")) {
          assertThat(g.get("suppressed").asBoolean()).as(g.toString()).isTrue();
        }
      }

      JsonNode asianOpen =
          group(
              q.json("/api/v1/indicators/progress?area=maths&by=ethnicity&suppress=false&" + PERIOD)
                  .get("groups"),
              "Asian");
      assertThat(asianOpen.get("learners").asInt()).isEqualTo(1);
      assertThat(asianOpen.get("meanBaseline").asDouble()).isCloseTo(3.9, within(E));
      assertThat(asianOpen.get("meanLatest").asDouble()).isCloseTo(4.4, within(E));
      assertThat(asianOpen.get("meanValueAdded").asDouble()).isCloseTo(0.5 - 5.0 / 3, within(E));
      assertThat(asianOpen.get("gap").asDouble()).isCloseTo(0.5 - 10.1 / 6, within(E));

      // As the history stood before L2's score was amended.
      String before = "&asAt=" + BEFORE_AMENDMENT;
      JsonNode then =
          q.json("/api/v1/indicators/progress?area=maths&suppress=false&" + PERIOD + before);
      assertThat(then.get("total").get("learners").asInt()).isEqualTo(7);
      assertThat(then.get("total").get("meanLatest").asDouble()).isCloseTo(32.1 / 7, within(E));
      assertThat(then.get("total").get("meanDistanceTravelled").asDouble())
          .isCloseTo(8.6 / 7, within(E));
      assertThat(then.get("disadvantageGapIndex").asDouble()).isCloseTo(0.0, within(E));
      JsonNode beforeAll =
          q.json(
              "/api/v1/indicators/progress?area=maths&" + PERIOD + "&asAt=" + T0.minusSeconds(1));
      assertThat(beforeAll.get("total").get("suppressed").asBoolean())
          .as("before anything was recorded the total has 0 learners")
          .isTrue();

      // Wider skills (tutor ratings of L1): first (2,2,3,1), latest (5,3,3,2) after the
      // amendment, (4,3,3,2) before it. independence 2 → 5: distance 3 (before: 2);
      // all skills: first 8/4 = 2.0, latest 13/4 = 3.25, distance 1.25 (before: 3.0, 1.0).
      JsonNode skills =
          q.json("/api/v1/indicators/wider-skills?skill=independence&suppress=false&" + PERIOD);
      assertThat(skills.get("total").get("learners").asInt()).isEqualTo(1);
      assertThat(skills.get("total").get("meanFirst").asDouble()).isCloseTo(2.0, within(E));
      assertThat(skills.get("total").get("meanLatest").asDouble()).isCloseTo(5.0, within(E));
      assertThat(skills.get("total").get("meanDistanceTravelled").asDouble())
          .isCloseTo(3.0, within(E));
      assertThat(skills.get("ratedBy").asText()).isEqualTo("TUTOR");
      JsonNode allSkills = q.json("/api/v1/indicators/wider-skills?suppress=false&" + PERIOD);
      assertThat(allSkills.get("total").get("meanFirst").asDouble()).isCloseTo(2.0, within(E));
      assertThat(allSkills.get("total").get("meanLatest").asDouble()).isCloseTo(3.25, within(E));
      JsonNode skillsThen =
          q.json(
              "/api/v1/indicators/wider-skills?skill=independence&suppress=false&"
                  + PERIOD
                  + before);
      assertThat(skillsThen.get("total").get("meanLatest").asDouble()).isCloseTo(4.0, within(E));
      // The learner's own ratings: 1 → 5 in every skill.
      JsonNode self =
          q.json("/api/v1/indicators/wider-skills?ratedBy=LEARNER&suppress=false&" + PERIOD);
      assertThat(self.get("total").get("meanDistanceTravelled").asDouble())
          .isCloseTo(4.0, within(E));
      assertThat(
              q.json("/api/v1/indicators/wider-skills?" + PERIOD)
                  .get("total")
                  .get("suppressed")
                  .asBoolean())
          .isTrue();

      // Bad parameters: 400 naming each.
      assertBad(q, "/api/v1/indicators/progress?" + PERIOD, "area");
      assertBad(q, "/api/v1/indicators/progress?area=maths&by=colour", "by");
      assertBad(q, "/api/v1/indicators/progress?area=maths&from=2026-02-01&to=2026-01-31", "from");
      assertBad(q, "/api/v1/indicators/progress?area=maths&to=2026-13-01", "to");
      assertBad(q, "/api/v1/indicators/progress?area=maths&asAt=yesterday", "asAt");
      assertBad(q, "/api/v1/indicators/progress?area=maths&areas=english", "areas");
      assertBad(q, "/api/v1/indicators/wider-skills?skill=charm", "skill");
      assertBad(q, "/api/v1/indicators/wider-skills?ratedBy=PARENT", "ratedBy");
    }
  }

  private void publish(QuerySideHarness q, Object event, String aggregateId, Instant at) {
    position++;
    q.publish(event, aggregateId, position, at);
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode group(JsonNode groups, String key) {
    for (JsonNode g : groups) {
      if (g.get("group").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + groups);
  }

  static void assertBad(QuerySideHarness q, String pathAndQuery, String parameter)
      throws Exception {
    HttpResponse<String> r = q.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = QuerySideHarness.JSON.readTree(r.body());
    List<String> named = new ArrayList<>();
    body.get("errors").forEach(e -> named.add(e.get("parameter").asText()));
    assertThat(named).as(pathAndQuery).contains(parameter);
  }
}
