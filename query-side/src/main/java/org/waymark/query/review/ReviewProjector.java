package org.waymark.query.review;

import java.io.IOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.erasure.Erasures;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadAhead;
import org.waymark.query.store.ReadModels;

/**
 * Projects progress reviews into the {@code reviews} read model (see {@link ReviewDocument}), one
 * document per review id, every version kept. Replay-safe through {@link DocumentStore#update}.
 * Free text goes through {@link ReviewNarrativeProtection}; nothing of a review is logged.
 */
@Component
@ProcessingGroup(ProcessingGroups.REVIEWS)
class ReviewProjector implements ReadAhead {
  private final DocumentStore store;
  private final ReviewNarrativeProtection protection;
  private final Erasures erasures;

  ReviewProjector(DocumentStore store, ReviewNarrativeProtection protection, Erasures erasures) {
    this.store = store;
    this.protection = protection;
    this.erasures = erasures;
  }

  /** Erasure: every review of the learner loses its free text; its facts (and counts) stay. */
  @EventHandler
  void on(LearnerErasedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    erasures.scrub(
        ReadModels.REVIEWS,
        e.learnerId(),
        ReviewDocument.class,
        event,
        ReviewDocument::reviewId,
        d -> d.erased(event));
  }

  /** The review document of each recording and amendment. */
  @Override
  public void reads(Object payload, Documents documents) {
    if (payload instanceof ProgressReviewRecordedEvent e) {
      documents.add(ReadModels.REVIEWS, e.reviewId(), ReviewDocument.class);
    } else if (payload instanceof ProgressReviewAmendedEvent e) {
      documents.add(ReadModels.REVIEWS, e.reviewId(), ReviewDocument.class);
    }
  }

  @EventHandler
  void on(ProgressReviewRecordedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.REVIEWS,
        e.reviewId(),
        ReviewDocument.class,
        event,
        current ->
            current
                // Recorded once; should the same id be recorded again, it is an amendment.
                .map(
                    d ->
                        d.amended(
                            new ProgressReviewAmendedEvent(
                                e.reviewId(),
                                e.learnerId(),
                                e.confidential() || d.confidential(),
                                null,
                                e.details(),
                                null),
                            event,
                            protection))
                .orElseGet(() -> ReviewDocument.recorded(e, event, protection)));
  }

  @EventHandler
  void on(ProgressReviewAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.REVIEWS,
        e.reviewId(),
        ReviewDocument.class,
        event,
        current ->
            current
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no review document for an amendment at position "
                                + event.position()
                                + "; the review's recording has not been projected"))
                .amended(e, event, protection));
  }
}
