package org.waymark.analytics.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.analytics.Learners.learner;
import static org.waymark.api.qa.QaJudgement.FULLY_MET;
import static org.waymark.api.qa.QaJudgement.NOT_MET;
import static org.waymark.api.qa.QaJudgement.PARTIALLY_MET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.learner.CharacteristicChange;
import org.waymark.analytics.learner.LearnerHistory;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.query.Characteristic;

/**
 * Worked examples of CONTRACT.md "Definitions" ("QA") and "Scope and group membership" ("QA at date
 * {@code at}"); seed 002, the Herefordshire AP QA framework.
 */
class QaIndicatorsTest {
  private static final QaCatalogue CATALOGUE =
      new QaCatalogue(
          List.of(
              new QaTheme(1, "Safeguarding", true, List.of("1.1", "1.2", "1.3")),
              new QaTheme(2, "Health and safety", true, List.of("2.1", "2.2")),
              new QaTheme(3, "Leadership and management", false, List.of("3.1", "3.2", "3.3"))));

  private static CriterionJudgement j(
      int theme, String criterion, org.waymark.api.qa.QaJudgement jd) {
    return new CriterionJudgement(theme, criterion, jd);
  }

  private static final QaVisit V1 =
      new QaVisit(
          "V1",
          "AP",
          LocalDate.of(2025, 1, 10),
          List.of(
              j(1, "1.1", FULLY_MET),
              j(1, "1.2", FULLY_MET),
              j(1, "1.3", FULLY_MET),
              j(2, "2.1", FULLY_MET),
              j(2, "2.2", FULLY_MET)));
  private static final QaVisit V2 =
      new QaVisit(
          "V2",
          "AP",
          LocalDate.of(2025, 3, 1),
          List.of(
              j(1, "1.1", FULLY_MET),
              j(1, "1.2", FULLY_MET),
              j(1, "1.3", FULLY_MET),
              j(2, "2.1", FULLY_MET),
              j(3, "3.1", PARTIALLY_MET),
              j(3, "3.2", NOT_MET)));
  private static final QaVisit V3 =
      new QaVisit("V3", "AP", LocalDate.of(2025, 6, 1), List.of(j(2, "2.2", NOT_MET)));
  private static final QaVisit OTHER =
      new QaVisit("V9", "ELSEWHERE", LocalDate.of(2025, 3, 20), List.of());

  private static ProviderQa at(
      LocalDate at, List<Placement> placements, Map<String, LearnerProfile> learners) {
    return QaIndicators.providerAt(
        "AP", false, CATALOGUE, List.of(V1, V2, V3, OTHER), placements, learners, at);
  }

  @Nested
  class Judgements {
    @Test
    void countsEachThemeAtTheLatestVisitOnOrBeforeTheDate() {
      // At 2025-04-01 the latest visit is V2 (V3 is later; V9 is another provider's).
      // Theme 1: 3 fully met. Theme 2: 1 fully met, 2.2 unjudged. Theme 3: 1 partially, 1 not,
      // 3.3 unjudged. An unjudged essential criterion (2.2) makes the provider unsuitable.
      ProviderQa qa = at(LocalDate.of(2025, 4, 1), List.of(), Map.of());

      assertThat(qa.latestVisit()).isEqualTo("V2");
      assertThat(qa.themes())
          .containsExactly(
              new ThemeResult(1, "Safeguarding", true, 3, 0, 0, 0),
              new ThemeResult(2, "Health and safety", true, 1, 0, 0, 1),
              new ThemeResult(3, "Leadership and management", false, 0, 1, 1, 1));
      assertThat(qa.suitable()).isFalse();
    }

    @Test
    void isSuitableWhenEveryEssentialCriterionIsFullyMetWhateverTheOtherThemes() {
      ProviderQa qa = at(LocalDate.of(2025, 2, 1), List.of(), Map.of());

      assertThat(qa.latestVisit()).isEqualTo("V1");
      assertThat(qa.suitable()).isTrue();
      assertThat(qa.themes().get(2).unjudged()).isEqualTo(3);
    }

    @Test
    void isUnsuitableWhenAnEssentialCriterionIsNotMet() {
      ProviderQa qa = at(LocalDate.of(2025, 6, 1), List.of(), Map.of());

      assertThat(qa.latestVisit()).isEqualTo("V3");
      assertThat(qa.themes().get(1).notMet()).isEqualTo(1);
      assertThat(qa.suitable()).isFalse();
    }

    @Test
    void isUnsuitableWithEveryCriterionUnjudgedBeforeAnyVisit() {
      ProviderQa qa = at(LocalDate.of(2024, 12, 1), List.of(), Map.of());

      assertThat(qa.latestVisit()).isNull();
      assertThat(qa.suitable()).isFalse();
      assertThat(qa.themes()).extracting(ThemeResult::unjudged).containsExactly(3, 2, 3);
    }

    @Test
    void rejectsAJudgementOfACriterionTheCatalogueLacks() {
      QaVisit bad =
          new QaVisit("VX", "AP", LocalDate.of(2025, 1, 1), List.of(j(1, "1.9", FULLY_MET)));

      assertThatThrownBy(() -> QaIndicators.themes(CATALOGUE, bad))
          .hasMessageContaining("visit VX judges criterion '1.9', not in theme 1");
    }
  }

  @Nested
  class Registration {
    private static final LocalDate AT = LocalDate.of(2025, 4, 1);
    private final Map<String, LearnerProfile> learners = new HashMap<>();

    private Placement p(String id, String learnerId, double hours, boolean sole) {
      learners.putIfAbsent(learnerId, learner(learnerId).build());
      return new Placement(id, learnerId, "AP", LocalDate.of(2025, 1, 1), null, hours, sole);
    }

    @Test
    void countsDistinctConcurrentFullTimeLearnersAndFlagsPlacementsOverTenHours() {
      // Full-time: L1 (20 h, twice), L2 (exactly 18 h), L3 (12 h but sole provider) = 3 learners.
      // Not: L5 (17.5 h, not sole); p4 ended the day before; p6 starts the day after.
      // 3 < 5 and nobody looked after or with an EHC plan: no need to register.
      // Breaches (> 10 h, active): p1, p2, p3, p5, p7; p8 at exactly 10 h is not one.
      List<Placement> placements = new ArrayList<>();
      placements.add(p("p1", "L1", 20, false));
      placements.add(p("p2", "L2", 18, false));
      placements.add(p("p3", "L3", 12, true));
      placements.add(
          new Placement(
              "p4", "L4", "AP", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 25, false));
      placements.add(p("p5", "L5", 17.5, false));
      placements.add(new Placement("p6", "L6", "AP", LocalDate.of(2025, 4, 2), null, 30, false));
      placements.add(p("p7", "L1", 20, false));
      placements.add(p("p8", "L8", 10, false));
      placements.add(
          new Placement("p9", "L9", "ELSEWHERE", LocalDate.of(2025, 1, 1), null, 30, true));

      ProviderQa qa = at(AT, placements, learners);

      assertThat(qa.registration().fullTimeLearners()).isEqualTo(3);
      assertThat(qa.registration().fullTimeLookedAfterOrEhc()).isZero();
      assertThat(qa.mustRegister()).isFalse();
      assertThat(qa.breaches()).containsExactly("p1", "p2", "p3", "p5", "p7");
    }

    @Test
    void mustRegisterWithFiveConcurrentFullTimeLearners() {
      List<Placement> placements = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        placements.add(p("p" + i, "L" + i, 25, false));
      }

      assertThat(at(AT, placements, learners).mustRegister()).isTrue();
      assertThat(at(AT, placements.subList(0, 4), learners).mustRegister()).isFalse();
    }

    @Test
    void mustRegisterWithOneFullTimeLearnerWhoIsLookedAfterOrHasAnEhcPlan() {
      List<Placement> placements = List.of(p("p1", "L1", 25, false));
      learners.put("L1", learner("L1").lookedAfter().build());
      assertThat(at(AT, placements, learners).mustRegister()).isTrue();

      learners.put("L1", learner("L1").send(SendStatus.E).build());
      assertThat(at(AT, placements, learners).mustRegister()).isTrue();

      learners.put("L1", learner("L1").send(SendStatus.K).build());
      assertThat(at(AT, placements, learners).mustRegister()).isFalse();
    }

    @Test
    void neverRequiresARegisteredProviderToRegisterNorFlagsItsPlacements() {
      List<Placement> placements = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        placements.add(p("p" + i, "L" + i, 25, false));
      }

      ProviderQa qa =
          QaIndicators.providerAt("AP", true, CATALOGUE, List.of(), placements, learners, AT);

      assertThat(qa.mustRegister()).isFalse();
      assertThat(qa.breaches()).isEmpty();
    }

    @Test
    void tracesTheThresholdsOverTime() {
      // p1: L1, 20 h, January only. p2: L2, 20 h from 15 January; L2 gets an EHC plan from
      // 1 February. Periods over January-February:
      //  01-01..01-14: 1 full-time, no EHC: no need to register; breach p1.
      //  01-15..01-31: 2 full-time, no EHC; breaches p1, p2.
      //  02-01..02-28: 1 full-time, with an EHC plan: must register; breach p2.
      List<Placement> placements =
          List.of(
              new Placement(
                  "p1", "L1", "AP", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 20, false),
              new Placement("p2", "L2", "AP", LocalDate.of(2025, 1, 15), null, 20, false));
      Map<String, LearnerHistory> histories =
          Map.of(
              "L1", new LearnerHistory(learner("L1").build(), List.of()),
              "L2",
                  new LearnerHistory(
                      learner("L2").build(),
                      List.of(
                          new CharacteristicChange(
                              LocalDate.of(2025, 2, 1), Characteristic.SEND, "E"))));

      List<RegistrationPeriod> periods =
          QaIndicators.registrationOverTime(
              "AP",
              false,
              placements,
              histories,
              LocalDate.of(2025, 1, 1),
              LocalDate.of(2025, 2, 28));

      assertThat(periods)
          .containsExactly(
              new RegistrationPeriod(
                  LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 14), 1, 0, false, List.of("p1")),
              new RegistrationPeriod(
                  LocalDate.of(2025, 1, 15),
                  LocalDate.of(2025, 1, 31),
                  2,
                  0,
                  false,
                  List.of("p1", "p2")),
              new RegistrationPeriod(
                  LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), 1, 1, true, List.of("p2")));
    }
  }
}
