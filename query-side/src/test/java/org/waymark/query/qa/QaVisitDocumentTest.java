package org.waymark.query.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.qa.CriterionJudgement;
import org.waymark.analytics.qa.QaIndicators;
import org.waymark.analytics.qa.QaVisit;
import org.waymark.api.qa.QaJudgement;
import org.waymark.query.qa.QaVisitDocument.CriterionHistory;
import org.waymark.query.qa.QaVisitDocument.Judged;
import org.waymark.query.qa.QaVisitDocument.Schedule;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;

/**
 * A visit as the history stood: judgements recorded after {@code asAt} do not exist then, and an
 * amended judgement counts with its old value before the amendment (CONTRACT.md "QA").
 */
class QaVisitDocumentTest {
  static final Instant SCHEDULED = Instant.parse("2026-01-02T09:00:00Z");
  static final Instant JUDGED = Instant.parse("2026-01-15T12:00:00Z");
  static final Instant AMENDED = Instant.parse("2026-01-20T09:00:00Z");

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "u", "api", null, "E");
  }

  static QaVisitDocument visit() {
    var notMet =
        History.append(List.of(), new Judged(QaJudgement.NOT_MET, null, null), event(2, JUDGED));
    var amended =
        History.append(notMet, new Judged(QaJudgement.FULLY_MET, null, null), event(3, AMENDED));
    return new QaVisitDocument(
        "V-2",
        "P",
        LocalDate.of(2026, 1, 15),
        null,
        null,
        SCHEDULED,
        3,
        History.append(
            List.of(), new Schedule(LocalDate.of(2026, 1, 15), null), event(1, SCHEDULED)),
        List.of(new CriterionHistory(1, "1.6", amended)),
        List.of(),
        List.of());
  }

  @Test
  void anAmendedJudgementCountsWithItsOldValueBeforeTheAmendment() {
    QaVisit before = visit().visitAt(AMENDED.minusSeconds(1)).orElseThrow();
    QaVisit now = visit().visitAt(null).orElseThrow();

    assertThat(before.judgements())
        .containsExactly(new CriterionJudgement(1, "1.6", QaJudgement.NOT_MET));
    assertThat(now.judgements())
        .containsExactly(new CriterionJudgement(1, "1.6", QaJudgement.FULLY_MET));
    assertThat(QaIndicators.themes(QaCatalogues.standard(), now).get(0).fullyMet()).isEqualTo(1);
  }

  @Test
  void existsOnceScheduledWithNothingJudgedBeforeTheJudgementsWereRecorded() {
    assertThat(visit().visitAt(SCHEDULED.minusSeconds(1))).isEmpty();
    assertThat(visit().visitAt(JUDGED.minusSeconds(1)).orElseThrow().judgements()).isEmpty();
  }

  @Test
  void theCatalogueIsTheFrameworksNineThemesAnd44Criteria() {
    assertThat(QaCatalogues.standard().themes()).hasSize(9);
    assertThat(QaCatalogues.standard().criteria()).isEqualTo(44);
    assertThat(QaCatalogues.standard().theme(1).orElseThrow().criteria()).contains("1.6");
  }
}
