package org.waymark.command.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class WiderSkillsInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> valid() {
    Map<String, String> m = new HashMap<>();
    m.put("date", "2026-09-15");
    m.put("kind", "BASELINE");
    m.put("ratedBy", "TUTOR");
    m.put("independence", "1");
    m.put("confidence", "2");
    m.put("selfEsteem", "3");
    m.put("resilience", "5");
    return m;
  }

  @Test
  void readsTheFourRatingsOfTheLearnerInThePath() {
    RateWiderSkillsCommand c =
        WiderSkillsInput.read("L-1", new FieldReader(valid(), WiderSkillsInput.fieldSet()), CLOCK);

    assertThat(c.ratingId()).isEqualTo("wider-skills:L-1:2026-09-15:BASELINE:TUTOR");
    assertThat(c.ratedBy()).isEqualTo(WiderSkillsRater.TUTOR);
    assertThat(c.ratings()).isEqualTo(new WiderSkillsRatings(1, 2, 3, 5));
  }

  @Test
  void namesEveryRatingOutsideOneToFiveOrNotWhole() {
    Map<String, String> m = valid();
    m.put("independence", "0");
    m.put("confidence", "6");
    m.put("selfEsteem", "2.5");
    m.remove("resilience");
    m.put("ratedBy", "PARENT");
    FieldReader r = new FieldReader(m, WiderSkillsInput.fieldSet());

    assertThat(WiderSkillsInput.read("L-1", r, CLOCK)).isNull();
    assertThat(r.problems())
        .extracting(FieldProblem::field, FieldProblem::value)
        .containsExactlyInAnyOrder(
            tuple("independence", "0"),
            tuple("confidence", "6"),
            tuple("selfEsteem", "2.5"),
            tuple("resilience", null),
            tuple("ratedBy", "PARENT"));
  }
}
