package org.waymark.command.progress;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.privacy.PersonalData;

/**
 * One score of a learner in an area on a date, of a kind: identified by that natural key, recorded
 * once and then only amended. CONTRACT.md sets no range per area, so any finite number is a score.
 */
@Aggregate
class Assessment {

  @AggregateIdentifier private String assessmentId;
  private double score;

  Assessment() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordAssessmentCommand c, Clock clock, PersonalData data) {
    check(c, clock);
    data.checkNotErased(c.learnerId());
    if (assessmentId == null) {
      recordNew(c);
    } else if (Double.compare(score, c.score()) != 0) {
      apply(
          new AssessmentAmendedEvent(
              c.assessmentId(),
              c.learnerId(),
              c.area(),
              c.date(),
              c.kind(),
              score,
              c.score(),
              data.seal(c.learnerId(), c.reason())));
    }
  }

  /** An import's row for an assessment with no event yet: created without loading. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  void handle(RecordNewAssessmentCommand n, Clock clock, PersonalData data) {
    check(n.command(), clock);
    data.checkNotErased(n.command().learnerId());
    recordNew(n.command());
  }

  private static void check(RecordAssessmentCommand c, Clock clock) {
    String key = RecordAssessmentCommand.key(c.learnerId(), c.area(), c.date(), c.kind());
    if (!key.equals(c.assessmentId())) {
      throw new ProgressRejectedException(
          "assessmentId", c.assessmentId(), "must be the natural key " + key);
    }
    if (!Double.isFinite(c.score())) {
      throw new ProgressRejectedException(
          "score", Double.toString(c.score()), "must be a finite number");
    }
    if (c.date().isAfter(LocalDate.now(clock))) {
      throw new ProgressRejectedException("date", c.date().toString(), "must not be in the future");
    }
  }

  private static void recordNew(RecordAssessmentCommand c) {
    apply(
        new AssessmentRecordedEvent(
            c.assessmentId(), c.learnerId(), c.area(), c.date(), c.kind(), c.score()));
  }

  @EventSourcingHandler
  void on(AssessmentRecordedEvent e) {
    this.assessmentId = e.assessmentId();
    this.score = e.score();
  }

  @EventSourcingHandler
  void on(AssessmentAmendedEvent e) {
    this.score = e.score();
  }
}
