package org.waymark.api.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogueFormatTest {

  @Test
  void readsSectionsItemsAndEscapesIgnoringCommentsAndBlankLines() {
    String text =
        "# a comment\n\n[Ethos]\nW07\tWe promote enterprise.\n[Monitoring]\r\n"
            + "A49\tWe monitor:\\n· One.\\n· Two \\\\ three.\r\nW11\t\n";

    assertThat(CatalogueFormat.parse(text, true))
        .containsExactly(
            new CatalogueItem("W07", "Ethos", EcmOutcome.W, "We promote enterprise."),
            new CatalogueItem(
                "A49", "Monitoring", EcmOutcome.A, "We monitor:\n· One.\n· Two \\ three."),
            new CatalogueItem("W11", "Monitoring", EcmOutcome.W, ""));
  }

  @Test
  void leavesTheOutcomeOutOfCataloguesThatAreNotEcm() {
    assertThat(CatalogueFormat.parse("[Learners]\nPRL01\tHas goals.", false))
        .containsExactly(new CatalogueItem("PRL01", "Learners", null, "Has goals."));
  }

  @Test
  void refusesAnItemBeforeAnySection() {
    assertThatThrownBy(() -> CatalogueFormat.parse("W01\tText", true))
        .hasMessage("catalogue line 1: item W01 comes before any [Section]");
  }

  @Test
  void refusesALineWithoutATab() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nW01 Text", true))
        .hasMessage("catalogue line 2: an item is written CODE<TAB>text");
  }

  @Test
  void refusesADuplicateCode() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nW01\tA\nW01\tB", true))
        .hasMessage("catalogue line 3: code W01 appears twice");
  }

  @Test
  void refusesSomethingThatIsNotACode() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nw1\tA", true))
        .hasMessageContaining("'w1' is not a code");
  }

  @Test
  void refusesAnEcmCodeWithoutAnOutcomeLetter() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nX01\tA", true))
        .hasMessageContaining("does not begin with W, S, A, C or H");
  }

  @Test
  void refusesAnUnknownEscapeAndATrailingBackslash() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nW01\tA\\t", true))
        .hasMessageContaining("unknown escape");
    assertThatThrownBy(() -> CatalogueFormat.parse("[S]\nW01\tA\\", true))
        .hasMessageContaining("a backslash ends the line");
  }

  @Test
  void refusesAMalformedSectionHeading() {
    assertThatThrownBy(() -> CatalogueFormat.parse("[Ethos\nW01\tA", true))
        .hasMessageContaining("section heading");
  }
}
