package org.waymark.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.progress.Assessment;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;

/** An amended score counts with its old value before the amendment, and not before it existed. */
class AssessmentDocumentTest {
  static final Instant RECORDED = Instant.parse("2025-12-01T09:00:00Z");
  static final Instant AMENDED = Instant.parse("2025-12-05T09:00:00Z");
  static final LocalDate ON = LocalDate.of(2025, 12, 1);

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "tutor", "api", null, "test");
  }

  @Test
  void anAmendedScoreCountsAsItStood() {
    var versions = History.append(List.of(), 4.0, event(1, RECORDED));
    versions = History.append(versions, 6.0, event(2, AMENDED));
    AssessmentDocument d =
        new AssessmentDocument(
            "a", "L2", "maths", ON, AssessmentKind.PROGRESS, 6.0, RECORDED, 2, versions);

    assertThat(d.at(RECORDED.minusSeconds(1))).isEmpty();
    assertThat(d.at(RECORDED).map(Assessment::score)).contains(4.0);
    assertThat(d.at(AMENDED.minusMillis(1)).map(Assessment::score)).contains(4.0);
    assertThat(d.at(AMENDED).map(Assessment::score)).contains(6.0);
    assertThat(d.at(null).map(Assessment::score)).contains(6.0);
    assertThat(d.versions().get(0).supersededAt()).isEqualTo(AMENDED);
  }

  @Test
  void currentStateNeedsNoVersions() {
    AssessmentDocument read =
        new AssessmentDocument(
            null, "L2", "maths", ON, AssessmentKind.BASELINE, 3.0, null, 7, null);
    assertThat(read.at(null))
        .contains(new Assessment("L2", "maths", ON, AssessmentKind.BASELINE, 3.0));
  }

  @Test
  void widerSkillsRatingsAnswerForAnInstant() {
    var first = new WiderSkillsRatings(4, 3, 3, 2);
    var second = new WiderSkillsRatings(5, 3, 3, 2);
    var versions = History.append(List.of(), first, event(1, RECORDED));
    versions = History.append(versions, second, event(2, AMENDED));
    WiderSkillsDocument d =
        new WiderSkillsDocument(
            "r",
            "L1",
            ON,
            AssessmentKind.PROGRESS,
            WiderSkillsRater.TUTOR,
            second,
            RECORDED,
            2,
            versions);
    assertThat(d.ratingsAt(RECORDED.minusSeconds(1))).isEmpty();
    assertThat(d.ratingsAt(RECORDED)).contains(first);
    assertThat(d.ratingsAt(null)).contains(second);
  }
}
