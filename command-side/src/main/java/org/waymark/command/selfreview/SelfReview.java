package org.waymark.command.selfreview;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.selfreview.CompleteSelfReviewCommand;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.JudgeSelfReviewItemCommand;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewCompletedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.api.selfreview.StartSelfReviewCommand;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;

/**
 * A provider's self-review against one catalogue: each item judged in place, partly or a gap with a
 * priority for development; only codes of that catalogue; nothing judged after completion.
 */
@Aggregate
class SelfReview {
  static final String KIND = "self-review";

  @AggregateIdentifier private String reviewId;
  private String providerId;
  private SelfReviewCatalogue catalogue;
  private LocalDate startedOn;
  private LocalDate completedOn;
  private final Map<String, Judged> judged = new HashMap<>();

  private record Judged(
      SelfReviewJudgement judgement, String evidence, DevelopmentPriority priority) {}

  SelfReview() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(StartSelfReviewCommand command) {
    if (reviewId != null) {
      if (command.providerId().equals(providerId)
          && command.catalogue() == catalogue
          && command.startedOn().equals(startedOn)) {
        return; // the same start again: nothing new to record
      }
      throw new ConflictException(
          "reviewId", command.reviewId(), "a self-review with this id was already started");
    }
    apply(
        new SelfReviewStartedEvent(
            command.reviewId(), command.providerId(), command.catalogue(), command.startedOn()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(JudgeSelfReviewItemCommand command) {
    requireStarted(command.reviewId());
    requireOpen();
    if (!catalogue.contains(command.code())) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem(
                  "code", command.code(), "is not an item of the " + catalogue + " catalogue")));
    }
    Judged now = new Judged(command.judgement(), command.evidence(), command.priority());
    Judged before = judged.get(command.code());
    if (before == null) {
      apply(
          new SelfReviewItemJudgedEvent(
              reviewId, command.code(), now.judgement(), now.evidence(), now.priority()));
    } else if (!before.equals(now)) {
      apply(
          new SelfReviewItemJudgementAmendedEvent(
              reviewId,
              command.code(),
              before.judgement(),
              now.judgement(),
              before.evidence(),
              now.evidence(),
              before.priority(),
              now.priority(),
              command.reason()));
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CompleteSelfReviewCommand command) {
    requireStarted(command.reviewId());
    requireOpen();
    if (command.completedOn().isBefore(startedOn)) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem(
                  "completedOn",
                  command.completedOn().toString(),
                  "must not be before the review started on " + startedOn)));
    }
    if (judged.isEmpty()) {
      throw new ConflictException(
          "reviewId", reviewId, "no item has been judged yet; judge at least one first");
    }
    apply(new SelfReviewCompletedEvent(reviewId, command.completedOn(), judged.size()));
  }

  private void requireStarted(String id) {
    if (reviewId == null) {
      throw new NotFoundException(KIND, id);
    }
  }

  private void requireOpen() {
    if (completedOn != null) {
      throw new ConflictException(
          "reviewId",
          reviewId,
          "the self-review was completed on " + completedOn + "; nothing more can be recorded");
    }
  }

  @EventSourcingHandler
  void on(SelfReviewStartedEvent event) {
    reviewId = event.reviewId();
    providerId = event.providerId();
    catalogue = event.catalogue();
    startedOn = event.startedOn();
  }

  @EventSourcingHandler
  void on(SelfReviewItemJudgedEvent event) {
    judged.put(event.code(), new Judged(event.judgement(), event.evidence(), event.priority()));
  }

  @EventSourcingHandler
  void on(SelfReviewItemJudgementAmendedEvent event) {
    judged.put(
        event.code(), new Judged(event.newJudgement(), event.newEvidence(), event.newPriority()));
  }

  @EventSourcingHandler
  void on(SelfReviewCompletedEvent event) {
    completedOn = Objects.requireNonNull(event.completedOn());
  }
}
