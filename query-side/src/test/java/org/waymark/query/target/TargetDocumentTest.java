package org.waymark.query.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetOutcomeRecord;
import org.waymark.api.target.TargetOutcome;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.target.TargetDocument.Details;
import org.waymark.query.target.TargetDocument.OutcomeState;
import org.waymark.query.target.TargetDocument.RecordedOutcome;

/** A target document answers for any instant, and its flat fields follow the current state. */
class TargetDocumentTest {
  static final Instant SET = Instant.parse("2025-09-15T09:00:00Z");
  static final Instant CARRIED = Instant.parse("2025-11-28T09:00:00Z");
  static final Instant MET = Instant.parse("2026-01-20T09:00:00Z");
  static final Instant AMENDED = Instant.parse("2026-01-25T09:00:00Z");

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "tutor", "api", null, "test");
  }

  static final LocalDate SET_ON = LocalDate.of(2025, 9, 15);
  static final LocalDate DUE = LocalDate.of(2025, 11, 30);
  static final LocalDate CF_ON = LocalDate.of(2025, 11, 28);
  static final LocalDate NEW_DUE = LocalDate.of(2026, 1, 15);
  static final LocalDate MET_ON = LocalDate.of(2026, 1, 20);

  static TargetDocument document() {
    var details = History.append(List.of(), new Details("maths", SET_ON, DUE, null), event(1, SET));
    var carried =
        new RecordedOutcome(
            CF_ON,
            History.append(
                List.of(),
                new OutcomeState(TargetOutcome.CARRIED_FORWARD, NEW_DUE),
                event(2, CARRIED)));
    var met =
        History.append(List.of(), new OutcomeState(TargetOutcome.NOT_MET, null), event(3, MET));
    met = History.append(met, new OutcomeState(TargetOutcome.MET, null), event(4, AMENDED));
    return TargetDocument.of(
        "G2", "T1", SET, 4, details, List.of(carried, new RecordedOutcome(MET_ON, met)));
  }

  @Test
  void flatFieldsAreTheCurrentDueDateAndFinalOutcome() {
    TargetDocument d = document();
    assertThat(d.dueOn()).isEqualTo(DUE);
    assertThat(d.currentDueOn()).as("carried forward").isEqualTo(NEW_DUE);
    assertThat(d.finalOutcome()).isEqualTo(TargetOutcome.MET);
    assertThat(d.finalOutcomeOn()).isEqualTo(MET_ON);
  }

  @Test
  void anOutcomeCountsAsItStoodAndNotBeforeItWasRecorded() {
    TargetDocument d = document();
    assertThat(d.at(SET.minusSeconds(1))).as("not yet set").isEmpty();
    assertThat(d.at(SET).orElseThrow().outcomes()).isEmpty();
    assertThat(d.at(CARRIED).orElseThrow().outcomes())
        .containsExactly(new TargetOutcomeRecord(CF_ON, TargetOutcome.CARRIED_FORWARD, NEW_DUE));
    Target beforeAmendment = d.at(AMENDED.minusSeconds(1)).orElseThrow();
    assertThat(beforeAmendment.outcomes())
        .contains(new TargetOutcomeRecord(MET_ON, TargetOutcome.NOT_MET, null));
    Target now = d.at(null).orElseThrow();
    assertThat(now.outcomes())
        .containsExactly(
            new TargetOutcomeRecord(CF_ON, TargetOutcome.CARRIED_FORWARD, NEW_DUE),
            new TargetOutcomeRecord(MET_ON, TargetOutcome.MET, null));
    assertThat(now.dueOn()).as("the target's own due date").isEqualTo(DUE);
  }
}
