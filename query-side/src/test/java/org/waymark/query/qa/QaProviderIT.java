package org.waymark.query.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementEndedEvent;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.provider.InspectionOutcome;
import org.waymark.api.provider.InspectionOutcomeRecordedEvent;
import org.waymark.api.provider.ProviderKind;
import org.waymark.api.provider.ProviderRecordAmendedEvent;
import org.waymark.api.provider.ProviderRegisteredEvent;
import org.waymark.api.provider.ProviderRegistrationChangedEvent;
import org.waymark.api.qa.ImprovementActionAddedEvent;
import org.waymark.api.qa.ImprovementActionClosedEvent;
import org.waymark.api.qa.ImprovementActionOutcome;
import org.waymark.api.qa.ImprovementActionReviewedEvent;
import org.waymark.api.qa.ImprovementActionStatus;
import org.waymark.api.qa.ImprovementPlanOpenedEvent;
import org.waymark.api.qa.PreVisitCheckRecordedEvent;
import org.waymark.api.qa.QaCriterionJudgedEvent;
import org.waymark.api.qa.QaCriterionJudgementAmendedEvent;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.QaThemePrioritySetEvent;
import org.waymark.api.qa.QaVisitCompletedEvent;
import org.waymark.api.qa.QaVisitRescheduledEvent;
import org.waymark.api.qa.QaVisitScheduledEvent;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewCompletedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.status.ProjectionMeters;

/**
 * The QA queries on real Kafka, Elasticsearch and PostgreSQL, against figures worked out by hand
 * (CONTRACT.md "Definitions", "QA", and "QA at date {@code at}").
 *
 * <p>The history (positions in brackets):
 *
 * <ul>
 *   <li>Learners L-1..L-8 of the school P-SCH [1-8]; only L-6 is looked after; all send N.
 *   <li>Providers [10-13]: P-ALPHA and P-BETA unregistered, P-GAMMA and P-SCH registered; P-GAMMA's
 *       name corrected on 5 Oct 2025 [14]; P-BETA registered from 1 Feb 2026, recorded 25 Jan 2026
 *       [32].
 *   <li>Placements at P-ALPHA: PL-1 L-1 20 h; PL-2 L-2 18 h to 20 Jul 2026; PL-3 L-3 8 h sole; PL-4
 *       L-4 12 h; PL-5 L-5 10 h from 1 Nov 2025, corrected to 22 h on 10 Jan 2026 [31]; PL-6 L-7 25
 *       h, ended 19 Dec 2025 [30]; PL-7 L-8 30 h from 5 Jan 2026. At P-BETA: PL-8 L-6 15 h sole. At
 *       P-GAMMA: PL-9 L-6 20 h, PL-10 L-1 30 h. All from 1 Sep 2025 unless said.
 *   <li>P-ALPHA's visits: V-1 on 1 Oct 2025 (theme 1 all six FULLY_MET, 2.1-2.7 FULLY_MET, 2.8
 *       unjudged, 3.1 FULLY_MET); V-2 on 15 Jan 2026 (1.1-1.5 FULLY_MET, 1.6 NOT_MET amended to
 *       FULLY_MET on 20 Jan 2026 09:00 [80], theme 2 all eight FULLY_MET, 3.1 FULLY_MET, 3.2
 *       PARTIALLY_MET, 3.3 NOT_MET, 4.1 PARTIALLY_MET); V-3 scheduled for 1 Feb 2026, moved on 28
 *       Jan 2026 to 1 Jun 2026, never judged.
 * </ul>
 *
 * Theme sizes (framework): 6, 8, 7, 4, 3, 5, 2, 4, 5 = 44 criteria.
 */
@WithEmbeddedServices
class QaProviderIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
  static final LocalDate SEP1 = LocalDate.of(2025, 9, 1);
  static final Instant PL5_AMENDED = Instant.parse("2026-01-10T09:00:00Z");
  static final Instant JUDGEMENT_AMENDED = Instant.parse("2026-01-20T09:00:00Z");
  static final Instant BETA_REGISTERED = Instant.parse("2026-01-25T10:00:00Z");
  static final Instant V3_MOVED = Instant.parse("2026-01-28T09:00:00Z");

  static LearnerRegisteredEvent learner(String id, boolean lookedAfter) {
    return new LearnerRegisteredEvent(
        id,
        "P-SCH",
        "Test",
        "Learner",
        LocalDate.of(2011, 1, 1),
        Sex.F,
        Ethnicity.WBRI,
        SendStatus.N,
        false,
        lookedAfter,
        false,
        "10",
        LocalDate.of(2024, 9, 2));
  }

  static PlacementStartedEvent placement(
      String id, String learner, String provider, LocalDate start, int hours, boolean sole) {
    return new PlacementStartedEvent(
        id, learner, provider, start, null, BigDecimal.valueOf(hours), sole);
  }

  static QaCriterionJudgedEvent judged(String visit, String criterion, QaJudgement j) {
    int theme = Integer.parseInt(criterion.substring(0, criterion.indexOf('.')));
    return new QaCriterionJudgedEvent(visit, "P-ALPHA", theme, criterion, j, "seen", null);
  }

  /** Each theme as "fullyMet/partiallyMet/notMet/unjudged", theme 1 first. */
  static List<String> themes(JsonNode qa) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : qa.get("themes")) {
      out.add(
          t.get("fullyMet").asInt()
              + "/"
              + t.get("partiallyMet").asInt()
              + "/"
              + t.get("notMet").asInt()
              + "/"
              + t.get("unjudged").asInt());
    }
    return out;
  }

  static List<String> texts(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.asText()));
    return out;
  }

  static final List<String> NOTHING_JUDGED =
      List.of(
          "0/0/0/6", "0/0/0/8", "0/0/0/7", "0/0/0/4", "0/0/0/3", "0/0/0/5", "0/0/0/2", "0/0/0/4",
          "0/0/0/5");

  @Test
  void answersEveryProvidersQaPositionAsTheHistoryStood() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(QaProviderIT.class, "qa")) {
      publishHistory(q);
      q.awaitCaughtUpTo(110);

      // --- at 1 Dec 2025: V-2 (15 Jan 2026) is after at, so V-1 is the latest visit.
      // Theme 2 has 2.8 unjudged: an unjudged essential criterion makes it unsuitable.
      // Active placements: PL-1..PL-6 (PL-5 started 1 Nov, PL-6 ends 19 Dec; PL-7 not started).
      // Full-time (>= 18 h or sole): L-1 (20), L-2 (18), L-3 (sole), L-5 (22, as corrected),
      // L-7 (25) = 5 -> must register. Breaches (> 10 h, unregistered): PL-1 20, PL-2 18,
      // PL-4 12, PL-5 22, PL-6 25; PL-3 (8 h) is not.
      JsonNode dec = q.json("/api/v1/qa/providers/P-ALPHA?at=2025-12-01");
      assertThat(fieldNames(dec))
          .containsExactly(
              "providerId",
              "registered",
              "latestVisit",
              "suitable",
              "themes",
              "mustRegister",
              "breaches");
      assertThat(fieldNames(dec.get("themes").get(0)))
          .containsExactly(
              "theme", "title", "essential", "fullyMet", "partiallyMet", "notMet", "unjudged");
      assertThat(dec.get("providerId").asText()).isEqualTo("P-ALPHA");
      assertThat(dec.get("registered").asBoolean()).isFalse();
      assertThat(dec.get("latestVisit").asText()).isEqualTo("V-1");
      assertThat(dec.get("suitable").asBoolean()).isFalse();
      assertThat(themes(dec))
          .containsExactly(
              "6/0/0/0", "7/0/0/1", "1/0/0/6", "0/0/0/4", "0/0/0/3", "0/0/0/5", "0/0/0/2",
              "0/0/0/4", "0/0/0/5");
      assertThat(dec.get("themes").get(0).get("title").asText()).isEqualTo("Safeguarding");
      assertThat(dec.get("themes").get(0).get("essential").asBoolean()).isTrue();
      assertThat(dec.get("themes").get(2).get("essential").asBoolean()).isFalse();
      assertThat(dec.get("mustRegister").asBoolean()).isTrue();
      assertThat(texts(dec.get("breaches")))
          .containsExactly("PL-1", "PL-2", "PL-4", "PL-5", "PL-6");

      // --- at 20 Jan 2026, now: V-2 is the latest (V-3 moved to 1 Jun). After the amendment every
      // essential criterion is FULLY_MET -> suitable. Theme 3: 3.1 FM, 3.2 PM, 3.3 NM, 4 of 7
      // unjudged; theme 4: 4.1 PM, 3 unjudged.
      // Active: PL-1..PL-5, PL-7 (PL-6 ended 19 Dec). Full-time: L-1, L-2, L-3, L-5, L-8 = 5.
      // Breaches: PL-1 20, PL-2 18, PL-4 12, PL-5 22, PL-7 30.
      JsonNode jan = q.json("/api/v1/qa/providers/P-ALPHA?at=2026-01-20");
      assertThat(jan.get("latestVisit").asText()).isEqualTo("V-2");
      assertThat(jan.get("suitable").asBoolean()).isTrue();
      assertThat(themes(jan))
          .containsExactly(
              "6/0/0/0", "8/0/0/0", "1/1/1/4", "0/1/0/3", "0/0/0/3", "0/0/0/5", "0/0/0/2",
              "0/0/0/4", "0/0/0/5");
      assertThat(jan.get("mustRegister").asBoolean()).isTrue();
      assertThat(texts(jan.get("breaches")))
          .containsExactly("PL-1", "PL-2", "PL-4", "PL-5", "PL-7");

      // --- the same date as the history stood a second before the amendment: 1.6 NOT_MET.
      JsonNode beforeAmendment =
          q.json(
              "/api/v1/qa/providers/P-ALPHA?at=2026-01-20&asAt="
                  + JUDGEMENT_AMENDED.minusSeconds(1));
      assertThat(beforeAmendment.get("latestVisit").asText()).isEqualTo("V-2");
      assertThat(beforeAmendment.get("suitable").asBoolean()).isFalse();
      assertThat(themes(beforeAmendment).get(0)).isEqualTo("5/0/1/0");
      assertThat(themes(beforeAmendment).subList(1, 9)).isEqualTo(themes(jan).subList(1, 9));

      // --- as it stood just before PL-5 was corrected (10 Jan): V-2 is scheduled (2 Jan) but none
      // of its judgements (15 Jan) is recorded, so every criterion is unjudged. PL-5 is 10 h: not
      // full-time, not a breach (10 is not over 10). Full-time: L-1, L-2, L-3, L-8 = 4 < 5 and no
      // looked-after or EHC learner -> need not register. Breaches: PL-1, PL-2, PL-4, PL-7.
      JsonNode beforePl5 =
          q.json("/api/v1/qa/providers/P-ALPHA?at=2026-01-20&asAt=" + PL5_AMENDED.minusSeconds(1));
      assertThat(beforePl5.get("latestVisit").asText()).isEqualTo("V-2");
      assertThat(beforePl5.get("suitable").asBoolean()).isFalse();
      assertThat(themes(beforePl5)).isEqualTo(NOTHING_JUDGED);
      assertThat(beforePl5.get("mustRegister").asBoolean()).isFalse();
      assertThat(texts(beforePl5.get("breaches"))).containsExactly("PL-1", "PL-2", "PL-4", "PL-7");

      // --- at 1 Mar 2026: before V-3 was moved it was due 1 Feb, so it is the latest visit, with
      // nothing judged (unsuitable); now it is due 1 Jun and V-2 is the latest again.
      JsonNode march = q.json("/api/v1/qa/providers/P-ALPHA?at=2026-03-01");
      assertThat(march.get("latestVisit").asText()).isEqualTo("V-2");
      assertThat(march.get("suitable").asBoolean()).isTrue();
      JsonNode marchBeforeMove =
          q.json("/api/v1/qa/providers/P-ALPHA?at=2026-03-01&asAt=" + V3_MOVED.minusSeconds(1));
      assertThat(marchBeforeMove.get("latestVisit").asText()).isEqualTo("V-3");
      assertThat(marchBeforeMove.get("suitable").asBoolean()).isFalse();
      assertThat(themes(marchBeforeMove)).isEqualTo(NOTHING_JUDGED);

      // --- P-BETA: one full-time (sole) looked-after learner -> must register while unregistered;
      // PL-8 at 15 h > 10 is a breach. Registered from 1 Feb 2026 (recorded 25 Jan): then neither.
      // Never visited: no latest visit, unsuitable, everything unjudged.
      JsonNode beta = q.json("/api/v1/qa/providers/P-BETA?at=2026-01-20");
      assertThat(beta.get("registered").asBoolean()).isFalse();
      assertThat(beta.get("latestVisit").isNull()).isTrue();
      assertThat(beta.get("suitable").asBoolean()).isFalse();
      assertThat(themes(beta)).isEqualTo(NOTHING_JUDGED);
      assertThat(beta.get("mustRegister").asBoolean()).isTrue();
      assertThat(texts(beta.get("breaches"))).containsExactly("PL-8");
      JsonNode betaFeb = q.json("/api/v1/qa/providers/P-BETA?at=2026-02-10");
      assertThat(betaFeb.get("registered").asBoolean()).isTrue();
      assertThat(betaFeb.get("mustRegister").asBoolean()).isFalse();
      assertThat(betaFeb.get("breaches")).isEmpty();
      JsonNode betaFebBefore =
          q.json(
              "/api/v1/qa/providers/P-BETA?at=2026-02-10&asAt=" + BETA_REGISTERED.minusSeconds(1));
      assertThat(betaFebBefore.get("registered").asBoolean())
          .as("the registration was not yet recorded at that instant")
          .isFalse();
      assertThat(betaFebBefore.get("mustRegister").asBoolean()).isTrue();
      assertThat(texts(betaFebBefore.get("breaches"))).containsExactly("PL-8");

      // --- P-GAMMA is registered: a looked-after full-time learner (PL-9) and a 30 h placement
      // (PL-10) make it neither have to register nor breach.
      JsonNode gamma = q.json("/api/v1/qa/providers/P-GAMMA?at=2026-01-20");
      assertThat(gamma.get("registered").asBoolean()).isTrue();
      assertThat(gamma.get("mustRegister").asBoolean()).isFalse();
      assertThat(gamma.get("breaches")).isEmpty();

      // --- every provider at 20 Jan 2026, ordered by id; breaches as a count.
      JsonNode all = q.json("/api/v1/qa/providers?at=2026-01-20");
      assertThat(all.get("at").asText()).isEqualTo("2026-01-20");
      List<String> rows = new ArrayList<>();
      for (JsonNode p : all.get("providers")) {
        rows.add(
            String.join(
                "|",
                p.get("providerId").asText(),
                p.get("name").asText(),
                p.get("kind").asText(),
                p.get("registered").asText(),
                p.get("latestVisit").asText(),
                p.get("suitable").asText(),
                p.get("mustRegister").asText(),
                p.get("breaches").asText()));
      }
      assertThat(rows)
          .containsExactly(
              "P-ALPHA|Alpha Centre|ALTERNATIVE_PROVISION|false|V-2|true|true|5",
              "P-BETA|Beta Project|ALTERNATIVE_PROVISION|false|null|false|true|1",
              "P-GAMMA|Gamma Farm CIC|ALTERNATIVE_PROVISION|true|null|false|false|0",
              "P-SCH|Hill School|SCHOOL|true|null|false|false|0");
      JsonNode allBeforeRename =
          q.json("/api/v1/qa/providers?at=2025-10-01&asAt=2025-10-01T00:00:00Z");
      assertThat(allBeforeRename.get("providers").get(2).get("name").asText())
          .isEqualTo("Gamma Farm");

      // --- improvement plan IP-1 of P-ALPHA: A-1 by 1 Feb (reviewed ON_TRACK 30 Jan), A-2 by
      // 1 Mar, A-3 by 10 Feb closed 5 Feb (recorded 5 Feb 10:00).
      // overdueAt 15 Feb: A-1 only (14 days); A-2 not due; A-3 closed on 5 Feb.
      JsonNode feb15 = q.json("/api/v1/qa/improvement-plans?overdueAt=2026-02-15");
      assertThat(feb15.get("overdueAt").asText()).isEqualTo("2026-02-15");
      assertThat(feb15.get("actions")).hasSize(1);
      JsonNode a1 = feb15.get("actions").get(0);
      assertThat(a1.get("planId").asText()).isEqualTo("IP-1");
      assertThat(a1.get("providerId").asText()).isEqualTo("P-ALPHA");
      assertThat(a1.get("actionId").asText()).isEqualTo("A-1");
      assertThat(a1.get("theme").asInt()).isEqualTo(1);
      assertThat(a1.get("criterion").asText()).isEqualTo("1.6");
      assertThat(a1.get("byWhen").asText()).isEqualTo("2026-02-01");
      assertThat(a1.get("daysOverdue").asLong()).isEqualTo(14);
      assertThat(a1.get("personResponsible").asText()).isEqualTo("DSL");
      assertThat(a1.get("lastStatus").asText()).isEqualTo("ON_TRACK");
      // overdueAt 10 Mar: A-1 (37 days), A-2 (9 days), by due date.
      JsonNode mar10 = q.json("/api/v1/qa/improvement-plans?overdueAt=2026-03-10&provider=P-ALPHA");
      assertThat(texts(mar10.get("actions").findValues("actionId"))).containsExactly("A-1", "A-2");
      assertThat(mar10.get("actions").get(1).get("daysOverdue").asLong()).isEqualTo(9);
      assertThat(
              q.json("/api/v1/qa/improvement-plans?overdueAt=2026-03-10&provider=P-BETA")
                  .get("actions"))
          .isEmpty();
      // as it stood before A-3's closure was recorded: A-1 (by 1 Feb) and A-3 (by 10 Feb).
      JsonNode beforeClosure =
          q.json("/api/v1/qa/improvement-plans?overdueAt=2026-02-15&asAt=2026-02-05T09:59:59Z");
      assertThat(texts(beforeClosure.get("actions").findValues("actionId")))
          .containsExactly("A-1", "A-3");

      // --- self-review SR-1 against the progress-review catalogue (11 + 13 + 12 + 10 = 46 items):
      // PRL01 IN_PLACE, PRL02 PARTLY amended to IN_PLACE on 3 Feb, PRL03 GAP; completed 4 Feb.
      // Now: 3 judged, 2 in place, 0 partly, 1 gap; gaps = 46 - 2 in place = 44, PRL03 first.
      JsonNode sr = q.json("/api/v1/self-reviews/SR-1");
      assertThat(sr.get("providerId").asText()).isEqualTo("P-ALPHA");
      assertThat(sr.get("catalogue").asText()).isEqualTo("progress-review-monitoring");
      assertThat(sr.get("completedOn").asText()).isEqualTo("2026-02-04");
      assertThat(sr.get("items").asInt()).isEqualTo(46);
      assertThat(sr.get("judged").asInt()).isEqualTo(3);
      assertThat(sr.get("inPlace").asInt()).isEqualTo(2);
      assertThat(sr.get("partly").asInt()).isZero();
      assertThat(sr.get("gap").asInt()).isEqualTo(1);
      assertThat(sr.get("gaps")).hasSize(44);
      assertThat(sr.get("gaps").get(0).get("code").asText()).isEqualTo("PRL03");
      assertThat(sr.get("gaps").get(0).get("judgement").asText()).isEqualTo("GAP");
      assertThat(sr.get("gaps").get(0).get("priority").asText()).isEqualTo("MEDIUM");
      assertThat(sr.get("gaps").get(1).get("code").asText()).isEqualTo("PRL04");
      assertThat(sr.get("gaps").get(1).get("judgement").isNull()).isTrue();
      // On 2 Feb: PRL02 still PARTLY -> 1 in place, 1 partly, 1 gap; 45 gaps; not completed.
      JsonNode srBefore = q.json("/api/v1/self-reviews/SR-1?asAt=2026-02-02T00:00:00Z");
      assertThat(srBefore.get("inPlace").asInt()).isEqualTo(1);
      assertThat(srBefore.get("partly").asInt()).isEqualTo(1);
      assertThat(srBefore.get("gaps")).hasSize(45);
      assertThat(srBefore.get("gaps").get(0).get("code").asText()).isEqualTo("PRL02");
      assertThat(srBefore.get("gaps").get(0).get("priority").asText()).isEqualTo("HIGH");
      assertThat(srBefore.get("completedOn").isNull()).isTrue();
      assertThat(q.get("/api/v1/self-reviews/SR-1?asAt=2026-01-01T00:00:00Z").statusCode())
          .isEqualTo(404);
      assertThat(q.get("/api/v1/self-reviews/NOPE").statusCode()).isEqualTo(404);

      // --- re-delivered events (same positions) change nothing: the original NOT_MET of 1.6,
      // the amendment itself, PL-5's 10-hour start and P-BETA's unregistered recording.
      q.publish(
          judged("V-2", "1.6", QaJudgement.NOT_MET),
          "qa-visit:V-2",
          66,
          at("2026-01-15T12:00:00Z"));
      q.publish(amendment(), "qa-visit:V-2", 80, JUDGEMENT_AMENDED);
      q.publish(
          placement("PL-5", "L-5", "P-ALPHA", LocalDate.of(2025, 11, 1), 10, false),
          "placement:PL-5",
          24,
          T0.plusSeconds(3600));
      q.publish(
          new ProviderRegisteredEvent(
              "P-BETA", "Beta Project", ProviderKind.ALTERNATIVE_PROVISION, false, null),
          "provider:P-BETA",
          11,
          T0);
      q.publish(
          new InspectionOutcomeRecordedEvent(
              "P-SCH", LocalDate.of(2026, 3, 2), InspectionOutcome.GOOD, null),
          "provider:P-SCH",
          111,
          at("2026-03-05T09:00:00Z"));
      q.awaitCaughtUpTo(111);
      ProjectionMeters meters = q.app().getBean(ProjectionMeters.class);
      assertThat(meters.count(ProcessingGroups.QA, "duplicate"))
          .as("both re-delivered visit events were recognised")
          .isGreaterThanOrEqualTo(2);
      assertThat(meters.count(ProcessingGroups.PLACEMENTS, "duplicate")).isGreaterThanOrEqualTo(1);
      assertThat(meters.count(ProcessingGroups.PROVIDERS, "duplicate")).isGreaterThanOrEqualTo(1);
      assertThat(q.json("/api/v1/qa/providers/P-ALPHA?at=2026-01-20")).isEqualTo(jan);
      assertThat(q.json("/api/v1/qa/providers/P-ALPHA?at=2025-12-01")).isEqualTo(dec);
      assertThat(q.json("/api/v1/qa/providers/P-BETA?at=2026-02-10")).isEqualTo(betaFeb);
      assertThat(
              q.json(
                  "/api/v1/qa/providers/P-ALPHA?at=2026-01-20&asAt="
                      + JUDGEMENT_AMENDED.minusSeconds(1)))
          .isEqualTo(beforeAmendment);

      // --- bad parameters name the parameter; unknown providers are 404.
      assertBadParameter(q, "/api/v1/qa/providers/P-ALPHA?at=2026-02-30", "at");
      assertBadParameter(q, "/api/v1/qa/providers/P-ALPHA?at=20-01-2026", "at");
      assertBadParameter(q, "/api/v1/qa/providers/P-ALPHA?by=sex", "by");
      assertBadParameter(q, "/api/v1/qa/providers/P-ALPHA?asAt=yesterday", "asAt");
      assertBadParameter(q, "/api/v1/qa/providers?at=2026-13-01", "at");
      assertBadParameter(q, "/api/v1/qa/improvement-plans?overdueAt=soon", "overdueAt");
      assertBadParameter(q, "/api/v1/self-reviews/SR-1?from=2026-01-01", "from");
      HttpResponse<String> unknown = q.get("/api/v1/qa/providers/NOPE");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(q.get("/api/v1/qa/providers/P-ALPHA?asAt=2025-08-01T00:00:00Z").statusCode())
          .as("P-ALPHA was not yet recorded at that instant")
          .isEqualTo(404);
    }
  }

  static void assertBadParameter(QuerySideHarness q, String path, String parameter)
      throws Exception {
    HttpResponse<String> r = q.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = QuerySideHarness.JSON.readTree(r.body());
    assertThat(texts(body.get("errors").findValues("parameter"))).as(path).contains(parameter);
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static QaCriterionJudgementAmendedEvent amendment() {
    return new QaCriterionJudgementAmendedEvent(
        "V-2",
        "P-ALPHA",
        1,
        "1.6",
        QaJudgement.NOT_MET,
        QaJudgement.FULLY_MET,
        "seen",
        "log reviewed",
        null,
        null,
        "evidence found after the visit");
  }

  private static void publishHistory(QuerySideHarness q) {
    for (int i = 1; i <= 8; i++) {
      q.publish(learner("L-" + i, i == 6), "L-" + i, i, T0);
    }
    q.publish(
        new ProviderRegisteredEvent(
            "P-ALPHA", "Alpha Centre", ProviderKind.ALTERNATIVE_PROVISION, false, null),
        "provider:P-ALPHA",
        10,
        T0);
    q.publish(
        new ProviderRegisteredEvent(
            "P-BETA", "Beta Project", ProviderKind.ALTERNATIVE_PROVISION, false, null),
        "provider:P-BETA",
        11,
        T0);
    q.publish(
        new ProviderRegisteredEvent(
            "P-GAMMA", "Gamma Farm", ProviderKind.ALTERNATIVE_PROVISION, true, "884/6001"),
        "provider:P-GAMMA",
        12,
        T0);
    q.publish(
        new ProviderRegisteredEvent("P-SCH", "Hill School", ProviderKind.SCHOOL, true, "884/4000"),
        "provider:P-SCH",
        13,
        T0);
    q.publish(
        new ProviderRecordAmendedEvent(
            "P-GAMMA", List.of(new FieldChange("name", "Gamma Farm", "Gamma Farm CIC")), null),
        "provider:P-GAMMA",
        14,
        at("2025-10-05T09:00:00Z"));

    Instant placed = T0.plusSeconds(3600);
    List<PlacementStartedEvent> placements =
        List.of(
            placement("PL-1", "L-1", "P-ALPHA", SEP1, 20, false),
            new PlacementStartedEvent(
                "PL-2",
                "L-2",
                "P-ALPHA",
                SEP1,
                LocalDate.of(2026, 7, 20),
                BigDecimal.valueOf(18),
                false),
            placement("PL-3", "L-3", "P-ALPHA", SEP1, 8, true),
            placement("PL-4", "L-4", "P-ALPHA", SEP1, 12, false),
            placement("PL-5", "L-5", "P-ALPHA", LocalDate.of(2025, 11, 1), 10, false),
            placement("PL-6", "L-7", "P-ALPHA", SEP1, 25, false),
            placement("PL-7", "L-8", "P-ALPHA", LocalDate.of(2026, 1, 5), 30, false),
            placement("PL-8", "L-6", "P-BETA", SEP1, 15, true),
            placement("PL-9", "L-6", "P-GAMMA", SEP1, 20, false),
            placement("PL-10", "L-1", "P-GAMMA", SEP1, 30, false));
    for (int i = 0; i < placements.size(); i++) {
      PlacementStartedEvent p = placements.get(i);
      q.publish(p, "placement:" + p.placementId(), 20 + i, placed);
    }
    q.publish(
        new PlacementEndedEvent("PL-6", "L-7", "P-ALPHA", LocalDate.of(2025, 12, 19)),
        "placement:PL-6",
        30,
        at("2025-12-19T15:00:00Z"));
    q.publish(
        new PlacementAmendedEvent(
            "PL-5", List.of(new FieldChange("hoursPerWeek", "10", "22")), "hours keyed wrongly"),
        "placement:PL-5",
        31,
        PL5_AMENDED);
    q.publish(
        new ProviderRegistrationChangedEvent("P-BETA", true, "884/6002", LocalDate.of(2026, 2, 1)),
        "provider:P-BETA",
        32,
        BETA_REGISTERED);

    // V-1 on 1 Oct 2025: theme 1 all FULLY_MET, 2.1-2.7 FULLY_MET (2.8 unjudged), 3.1 FULLY_MET.
    q.publish(
        new QaVisitScheduledEvent("V-1", "P-ALPHA", LocalDate.of(2025, 10, 1), null),
        "qa-visit:V-1",
        40,
        at("2025-09-20T09:00:00Z"));
    Instant v1 = at("2025-10-01T15:00:00Z");
    List<String> v1FullyMet =
        List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
            "2.7", "3.1");
    for (int i = 0; i < v1FullyMet.size(); i++) {
      q.publish(
          judged("V-1", v1FullyMet.get(i), QaJudgement.FULLY_MET), "qa-visit:V-1", 41 + i, v1);
    }
    q.publish(
        new QaVisitCompletedEvent(
            "V-1", "P-ALPHA", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2)),
        "qa-visit:V-1",
        55,
        at("2025-10-02T09:00:00Z"));

    // V-2 on 15 Jan 2026.
    q.publish(
        new QaVisitScheduledEvent("V-2", "P-ALPHA", LocalDate.of(2026, 1, 15), null),
        "qa-visit:V-2",
        60,
        at("2026-01-02T09:00:00Z"));
    Instant v2 = at("2026-01-15T12:00:00Z");
    List<String> v2FullyMetTheme1 = List.of("1.1", "1.2", "1.3", "1.4", "1.5");
    for (int i = 0; i < 5; i++) {
      q.publish(
          judged("V-2", v2FullyMetTheme1.get(i), QaJudgement.FULLY_MET),
          "qa-visit:V-2",
          61 + i,
          v2);
    }
    q.publish(judged("V-2", "1.6", QaJudgement.NOT_MET), "qa-visit:V-2", 66, v2);
    for (int i = 1; i <= 8; i++) {
      q.publish(judged("V-2", "2." + i, QaJudgement.FULLY_MET), "qa-visit:V-2", 66 + i, v2);
    }
    q.publish(judged("V-2", "3.1", QaJudgement.FULLY_MET), "qa-visit:V-2", 75, v2);
    q.publish(judged("V-2", "3.2", QaJudgement.PARTIALLY_MET), "qa-visit:V-2", 76, v2);
    q.publish(judged("V-2", "3.3", QaJudgement.NOT_MET), "qa-visit:V-2", 77, v2);
    q.publish(judged("V-2", "4.1", QaJudgement.PARTIALLY_MET), "qa-visit:V-2", 78, v2);
    q.publish(
        new PreVisitCheckRecordedEvent(
            "V-2", "P-ALPHA", false, null, "NOT_GRADED", null, List.of("none listed")),
        "qa-visit:V-2",
        79,
        v2);
    q.publish(amendment(), "qa-visit:V-2", 80, JUDGEMENT_AMENDED);
    q.publish(
        new QaThemePrioritySetEvent("V-2", "P-ALPHA", 3, "curriculum breadth"),
        "qa-visit:V-2",
        83,
        JUDGEMENT_AMENDED.plusSeconds(60));

    // V-3 scheduled for 1 Feb 2026 (recorded 16 Jan), moved to 1 Jun 2026 on 28 Jan.
    q.publish(
        new QaVisitScheduledEvent("V-3", "P-ALPHA", LocalDate.of(2026, 2, 1), null),
        "qa-visit:V-3",
        81,
        at("2026-01-16T09:00:00Z"));
    q.publish(
        new QaVisitRescheduledEvent(
            "V-3", "P-ALPHA", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 1), null),
        "qa-visit:V-3",
        82,
        V3_MOVED);

    // Improvement plan IP-1.
    q.publish(
        new ImprovementPlanOpenedEvent("IP-1", "P-ALPHA", "V-2", LocalDate.of(2026, 1, 16)),
        "improvement-plan:IP-1",
        90,
        at("2026-01-16T10:00:00Z"));
    Instant added = at("2026-01-16T10:05:00Z");
    q.publish(
        new ImprovementActionAddedEvent(
            "IP-1",
            "P-ALPHA",
            "A-1",
            1,
            "1.6",
            "Disclosures",
            "Train staff on disclosures",
            LocalDate.of(2026, 2, 1),
            "DSL"),
        "improvement-plan:IP-1",
        91,
        added);
    q.publish(
        new ImprovementActionAddedEvent(
            "IP-1",
            "P-ALPHA",
            "A-2",
            3,
            "3.3",
            "Curriculum",
            "Broaden the offer",
            LocalDate.of(2026, 3, 1),
            "Head of centre"),
        "improvement-plan:IP-1",
        92,
        added);
    q.publish(
        new ImprovementActionAddedEvent(
            "IP-1",
            "P-ALPHA",
            "A-3",
            4,
            null,
            "CPD",
            "Plan staff training",
            LocalDate.of(2026, 2, 10),
            "Manager"),
        "improvement-plan:IP-1",
        93,
        added);
    q.publish(
        new ImprovementActionReviewedEvent(
            "IP-1",
            "P-ALPHA",
            "A-1",
            LocalDate.of(2026, 1, 30),
            "half the staff trained",
            ImprovementActionStatus.ON_TRACK),
        "improvement-plan:IP-1",
        94,
        at("2026-01-30T10:00:00Z"));
    q.publish(
        new ImprovementActionClosedEvent(
            "IP-1", "P-ALPHA", "A-3", LocalDate.of(2026, 2, 5), ImprovementActionOutcome.ACHIEVED),
        "improvement-plan:IP-1",
        95,
        at("2026-02-05T10:00:00Z"));

    // Self-review SR-1.
    q.publish(
        new SelfReviewStartedEvent(
            "SR-1",
            "P-ALPHA",
            SelfReviewCatalogue.PROGRESS_REVIEW_MONITORING,
            LocalDate.of(2026, 2, 1)),
        "SR-1",
        100,
        at("2026-02-01T09:00:00Z"));
    Instant judgedAt = at("2026-02-01T10:00:00Z");
    q.publish(
        new SelfReviewItemJudgedEvent(
            "SR-1", "PRL01", SelfReviewJudgement.IN_PLACE, null, DevelopmentPriority.NONE),
        "SR-1",
        101,
        judgedAt);
    q.publish(
        new SelfReviewItemJudgedEvent(
            "SR-1", "PRL02", SelfReviewJudgement.PARTLY, null, DevelopmentPriority.HIGH),
        "SR-1",
        102,
        judgedAt);
    q.publish(
        new SelfReviewItemJudgedEvent(
            "SR-1", "PRL03", SelfReviewJudgement.GAP, null, DevelopmentPriority.MEDIUM),
        "SR-1",
        103,
        judgedAt);
    q.publish(
        new SelfReviewItemJudgementAmendedEvent(
            "SR-1",
            "PRL02",
            SelfReviewJudgement.PARTLY,
            SelfReviewJudgement.IN_PLACE,
            null,
            "records seen",
            DevelopmentPriority.HIGH,
            DevelopmentPriority.LOW,
            "re-checked"),
        "SR-1",
        104,
        at("2026-02-03T10:00:00Z"));
    q.publish(
        new SelfReviewCompletedEvent("SR-1", LocalDate.of(2026, 2, 4), 3),
        "SR-1",
        105,
        at("2026-02-04T10:00:00Z"));
    q.publish(
        new InspectionOutcomeRecordedEvent(
            "P-GAMMA", LocalDate.of(2025, 6, 1), InspectionOutcome.GOOD, "none"),
        "provider:P-GAMMA",
        110,
        at("2026-02-06T10:00:00Z"));
  }
}
