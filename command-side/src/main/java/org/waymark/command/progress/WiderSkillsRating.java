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
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.WiderSkillsRatedEvent;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.privacy.PersonalData;

/**
 * One wider-skills rating of a learner (independence, confidence, self-esteem, resilience, each
 * 1–5), identified by learner, date, kind and rater: recorded once, then only amended.
 */
@Aggregate
class WiderSkillsRating {

  @AggregateIdentifier private String ratingId;
  private WiderSkillsRatings ratings;

  WiderSkillsRating() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RateWiderSkillsCommand c, Clock clock, PersonalData data) {
    String key = RateWiderSkillsCommand.key(c.learnerId(), c.date(), c.kind(), c.ratedBy());
    if (!key.equals(c.ratingId())) {
      throw new ProgressRejectedException(
          "ratingId", c.ratingId(), "must be the natural key " + key);
    }
    WiderSkillsRatings r = c.ratings();
    inRange("independence", r.independence());
    inRange("confidence", r.confidence());
    inRange("selfEsteem", r.selfEsteem());
    inRange("resilience", r.resilience());
    if (c.date().isAfter(LocalDate.now(clock))) {
      throw new ProgressRejectedException("date", c.date().toString(), "must not be in the future");
    }
    data.checkNotErased(c.learnerId());
    if (ratingId == null) {
      apply(
          new WiderSkillsRatedEvent(
              c.ratingId(), c.learnerId(), c.date(), c.kind(), c.ratedBy(), r));
    } else if (!ratings.equals(r)) {
      apply(
          new WiderSkillsRatingAmendedEvent(
              c.ratingId(),
              c.learnerId(),
              c.date(),
              c.kind(),
              c.ratedBy(),
              ratings,
              r,
              data.seal(c.learnerId(), c.reason())));
    }
  }

  private static void inRange(String field, int rating) {
    if (rating < WiderSkillsRatings.LOWEST || rating > WiderSkillsRatings.HIGHEST) {
      throw new ProgressRejectedException(
          field,
          Integer.toString(rating),
          "must be from " + WiderSkillsRatings.LOWEST + " to " + WiderSkillsRatings.HIGHEST);
    }
  }

  @EventSourcingHandler
  void on(WiderSkillsRatedEvent e) {
    this.ratingId = e.ratingId();
    this.ratings = e.ratings();
  }

  @EventSourcingHandler
  void on(WiderSkillsRatingAmendedEvent e) {
    this.ratings = e.ratings();
  }
}
