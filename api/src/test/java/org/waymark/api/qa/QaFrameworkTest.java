package org.waymark.api.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QaFrameworkTest {
  final QaFramework framework = QaFramework.standard();

  @Nested
  class TheStandardFramework {
    @Test
    void hasTheNineThemesOfSeed002InOrder() {
      assertThat(framework.themes())
          .extracting(QaTheme::number, QaTheme::title)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, "Safeguarding"),
              org.assertj.core.groups.Tuple.tuple(2, "Health and safety"),
              org.assertj.core.groups.Tuple.tuple(3, "Leadership and management"),
              org.assertj.core.groups.Tuple.tuple(4, "Professional development"),
              org.assertj.core.groups.Tuple.tuple(5, "Admissions, guidance and support"),
              org.assertj.core.groups.Tuple.tuple(6, "Tracking personal and social skills"),
              org.assertj.core.groups.Tuple.tuple(
                  7, "Learner entitlement (Welfare, wellbeing, rights and responsibilities)"),
              org.assertj.core.groups.Tuple.tuple(8, "Outcomes"),
              org.assertj.core.groups.Tuple.tuple(9, "Teaching and learning"));
    }

    @Test
    void hasFortyFourCriteriaCountedThemeByThemeAsTheFormNumbersThem() {
      assertThat(framework.criteria()).hasSize(44);
      assertThat(framework.themes())
          .extracting(t -> t.criteria().size())
          .containsExactly(6, 8, 7, 4, 3, 5, 2, 4, 5);
    }

    @Test
    void makesOnlySafeguardingAndHealthAndSafetyEssential() {
      assertThat(framework.themes())
          .filteredOn(QaTheme::essential)
          .extracting(QaTheme::number)
          .containsExactly(1, 2);
    }

    @Test
    void numbersEveryThemesCriteriaContiguouslyFromOne() {
      for (QaTheme theme : framework.themes()) {
        List<QaCriterion> criteria = theme.criteria();
        for (int i = 0; i < criteria.size(); i++) {
          assertThat(criteria.get(i).number()).isEqualTo(theme.number() + "." + (i + 1));
          assertThat(criteria.get(i).theme()).isEqualTo(theme.number());
        }
      }
    }

    @Test
    void givesEveryThemeAndCriterionNonBlankText() {
      assertThat(framework.themes())
          .allSatisfy(
              t -> {
                assertThat(t.title()).isNotBlank();
                assertThat(t.guidingPrinciple()).isNotBlank();
              });
      assertThat(framework.criteria()).allSatisfy(c -> assertThat(c.requirement()).isNotBlank());
    }

    @Test
    void keepsTheRequirementTextsAsTheFormWordsThem() {
      QaCriterion lowLevelConcerns = framework.criterion("1.2").orElseThrow();
      assertThat(lowLevelConcerns.heading())
          .isEqualTo("Safeguarding policies are in place and adhered to");
      assertThat(lowLevelConcerns.requirement().split("\n")).hasSize(6);
      assertThat(framework.criterion("9.5").orElseThrow().requirement())
          .isEqualTo(
              "The quality of teaching and learning is monitored and evaluated regularly by staff"
                  + " with the appropriate knowledge and skills.");
      assertThat(framework.criterion("3.3").orElseThrow().heading()).isNull();
    }

    @Test
    void findsACriterionOnlyByItsFullNumber() {
      assertThat(framework.criterion("2.8")).isPresent();
      assertThat(framework.criterion("2.9")).isEmpty();
      assertThat(framework.criterion("8")).isEmpty();
      assertThat(framework.criterion(null)).isEmpty();
      assertThat(framework.theme(10)).isEmpty();
    }
  }

  @Nested
  class Judgements {
    @Test
    void anEssentialThemeTakesOnlyFullyMetOrNotMet() {
      QaTheme safeguarding = framework.theme(1).orElseThrow();

      assertThat(safeguarding.allows(QaJudgement.FULLY_MET)).isTrue();
      assertThat(safeguarding.allows(QaJudgement.NOT_MET)).isTrue();
      assertThat(safeguarding.allows(QaJudgement.PARTIALLY_MET)).isFalse();
      assertThat(safeguarding.judgements())
          .containsExactly(QaJudgement.FULLY_MET, QaJudgement.NOT_MET);
    }

    @Test
    void anotherThemeTakesPartiallyMetToo() {
      QaTheme outcomes = framework.theme(8).orElseThrow();

      assertThat(outcomes.judgements()).containsExactly(QaJudgement.values());
      assertThat(outcomes.allows(QaJudgement.PARTIALLY_MET)).isTrue();
      assertThat(outcomes.allows(null)).isFalse();
    }
  }

  @Nested
  class TheLineFormat {
    @Test
    void joinsFurtherParagraphsToTheirCriterionAndSkipsComments() throws Exception {
      QaFramework f =
          QaFramework.parse(
              new StringReader(
                  "\uFEFF# a comment\n"
                      + "theme\t1\tOne\tessential\tSafe\n"
                      + "criterion\t1.1\tHead\tFirst.\n"
                      + "more\tSecond.\n"
                      + "\n"
                      + "criterion\t1.2\t-\tOnly.\n"));

      assertThat(f.criteria())
          .containsExactly(
              new QaCriterion(1, "1.1", "Head", "First.\nSecond."),
              new QaCriterion(1, "1.2", null, "Only."));
    }

    @Test
    void refusesACriterionOutOfSequenceNamingTheLine() {
      assertThatThrownBy(
              () ->
                  QaFramework.parse(
                      new StringReader(
                          "theme\t1\tOne\tessential\tSafe\ncriterion\t1.2\t-\tSkipped one.\n")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("expected criterion 1.1");
    }

    @Test
    void refusesAThemeWithoutCriteriaOrAMalformedLine() {
      assertThatThrownBy(
              () ->
                  QaFramework.parse(
                      new StringReader(
                          "theme\t1\tOne\tessential\tSafe\ntheme\t2\tTwo\tstandard\tX\n")))
          .hasMessageContaining("theme 1 has no criteria");
      assertThatThrownBy(() -> QaFramework.parse(new StringReader("theme\t1\tOne\tessential\n")))
          .hasMessageContaining("line 1");
      assertThatThrownBy(() -> QaFramework.parse(new StringReader("theme\t1\tOne\tmaybe\tSafe\n")))
          .hasMessageContaining("essential or standard");
      assertThatThrownBy(() -> QaFramework.parse(new StringReader("more\tOrphan.\n")))
          .hasMessageContaining("before any criterion");
    }
  }
}
