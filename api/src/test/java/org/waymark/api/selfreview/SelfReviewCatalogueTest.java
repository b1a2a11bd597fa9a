package org.waymark.api.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SelfReviewCatalogueTest {
  static final Path SEED_000 = Path.of("../../shared/seeds/000_73b1fef8b4fe801d.txt");

  static Map<String, Long> countBy(
      SelfReviewCatalogue catalogue, Function<CatalogueItem, String> key) {
    return catalogue.items().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  @Nested
  class EcmFindTheGaps {
    final SelfReviewCatalogue ecm = SelfReviewCatalogue.ECM_FIND_THE_GAPS;

    @Test
    void holdsEveryCodeThatAppearsInSeed000() throws Exception {
      assumeTrue(Files.isRegularFile(SEED_000), "seed 000 is not beside the repository");
      String seed = Files.readString(SEED_000, StandardCharsets.UTF_8);
      Set<String> inSeed = new TreeSet<>();
      Matcher m = Pattern.compile("\\b[WSACH][0-9]{2}\\b").matcher(seed);
      while (m.find()) {
        inSeed.add(m.group());
      }

      assertThat(inSeed).hasSize(227);
      assertThat(ecm.items())
          .extracting(CatalogueItem::code)
          .containsExactlyInAnyOrderElementsOf(inSeed);
    }

    @Test
    void hasTwoHundredAndTwentySevenStatementsAcrossTheFiveOutcomes() {
      assertThat(ecm.items()).hasSize(227);
      assertThat(countBy(ecm, i -> i.outcome().name()))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("W", 39L, "S", 39L, "A", 52L, "C", 51L, "H", 46L));
    }

    @Test
    void keepsTheNineSectionsOfTheGridInTheirOrder() {
      assertThat(ecm.items().stream().map(CatalogueItem::section).distinct())
          .containsExactly(
              "Learner Outcomes",
              "Ethos",
              "Environment",
              "Curriculum",
              "Delivery",
              "Extended Curriculum",
              "Partners — Parents and Carers",
              "Partner Organisations and Services",
              "Monitoring");
      assertThat(countBy(ecm, CatalogueItem::section))
          .containsEntry("Learner Outcomes", 33L)
          .containsEntry("Delivery", 59L)
          .containsEntry("Monitoring", 22L);
    }

    @Test
    void skipsOnlyTheCodesTheSourceDocumentSkips() {
      assertThat(ecm.contains("S28")).isFalse();
      assertThat(ecm.contains("H32")).isFalse();
      assertThat(ecm.contains("S29")).isTrue();
      assertThat(ecm.contains("H33")).isTrue();
    }

    @Test
    void carriesTheStatementsTheTrackingIndicatorsRestOn() {
      assertThat(ecm.item("A46").orElseThrow())
          .isEqualTo(
              new CatalogueItem(
                  "A46",
                  "Partner Organisations and Services",
                  EcmOutcome.A,
                  "We ensure accurate tracking of learner attainment, distance travelled and/or"
                      + " value added."));
      assertThat(ecm.item("A50").orElseThrow().text())
          .isEqualTo(
              "We continually monitor attainment and progress against agreed learning targets at"
                  + " individual and group levels.");
      assertThat(ecm.item("A48").orElseThrow().text())
          .startsWith(
              "We have an equality and diversity policy that is monitored to ensure that:\n· ")
          .contains("\n· All groups of learners make progress in line with expectations.")
          .endsWith("· Barriers to participation are identified and eliminated.");
      assertThat(ecm.item("A51").orElseThrow().text().lines()).hasSize(7);
    }

    @Test
    void splitsTheLearnerOutcomesBulletsOneStatementPerCode() {
      assertThat(ecm.item("W01").orElseThrow().text())
          .isEqualTo(
              "We aim to develop learners who: Adopt an enterprising frame of mind, are proactive,"
                  + " self-directing and goal oriented.");
      assertThat(ecm.item("H06").orElseThrow().text())
          .isEqualTo(
              "We aim to develop learners who: Address the spiritual dimension of their lives.");
      assertThat(ecm.item("S13").orElseThrow().section()).isEqualTo("Environment");
    }

    @Test
    void keepsW11ThoughTheSourceLeavesItsStatementBlank() {
      assertThat(ecm.item("W11").orElseThrow().text()).isEmpty();
      assertThat(ecm.items()).filteredOn(i -> i.text().isEmpty()).hasSize(1);
    }
  }

  @Nested
  class IlpChecklist {
    final SelfReviewCatalogue ilp = SelfReviewCatalogue.ILP_CHECKLIST;

    @Test
    void hasTheThirtyNineItemsOfTheImplementationChecklistInEightSections() {
      assertThat(ilp.items()).hasSize(39);
      assertThat(ilp.items()).extracting(CatalogueItem::outcome).containsOnlyNulls();
      assertThat(countBy(ilp, CatalogueItem::section))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "Identification of needs", 5L,
                  "Creation of an ILP", 9L,
                  "Reviewing progress against the ILP", 5L,
                  "Supporting staff", 3L,
                  "Partnership working", 7L,
                  "Quality and evaluation", 2L,
                  "Templates and recording", 2L,
                  "Supporting learner involvement", 6L));
    }

    @Test
    void numbersItemsInDocumentOrder() {
      assertThat(ilp.items().get(0).code()).isEqualTo("ILP01");
      assertThat(ilp.items().get(38).code()).isEqualTo("ILP39");
      assertThat(ilp.item("ILP19").orElseThrow().text())
          .isEqualTo("Progress reviews take place each half term");
      assertThat(ilp.item("ILP37").orElseThrow().text())
          .isEqualTo(
              "We use learning logs to support learners in preparing for their progress reviews");
    }
  }

  @Nested
  class ProgressReviewMonitoring {
    final SelfReviewCatalogue prm = SelfReviewCatalogue.PROGRESS_REVIEW_MONITORING;

    @Test
    void hasTheExpectationsForLearnersTeachersIagAndEmployers() {
      assertThat(prm.items()).hasSize(46);
      assertThat(countBy(prm, CatalogueItem::section))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("Learners", 11L, "Teachers", 13L, "IAG and tutorial", 12L, "Employers", 10L));
    }

    @Test
    void carriesTheExpectationsTheIndicatorsRestOn() {
      assertThat(prm.item("PRT10").orElseThrow().text())
          .isEqualTo("Monitors attendance with follow up.");
      assertThat(prm.item("PRI11").orElseThrow().text())
          .isEqualTo("Progress from starting point is measurable.");
      assertThat(prm.items())
          .extracting(CatalogueItem::text)
          .noneMatch(t -> t.contains("✓") || t.contains("√") || t.contains("∠"));
    }
  }

  @Test
  void everyCatalogueIsFoundByItsSlug() {
    for (SelfReviewCatalogue c : SelfReviewCatalogue.values()) {
      assertThat(SelfReviewCatalogue.ofSlug(c.slug())).contains(c);
    }
    assertThat(SelfReviewCatalogue.ofSlug("qa-framework")).isEmpty();
  }

  @Test
  void noItemTextCarriesStrayWhitespaceOrAnEscape() {
    for (SelfReviewCatalogue c : SelfReviewCatalogue.values()) {
      assertThat(c.items())
          .extracting(CatalogueItem::text)
          .allMatch(t -> t.equals(t.strip()) && !t.contains("\\") && !t.contains("\t"));
    }
  }
}
