package org.waymark.query.selfreview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.selfreview.SelfReviewCompletedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.selfreview.SelfReviewDocument.ItemHistory;
import org.waymark.query.selfreview.SelfReviewDocument.ItemJudgement;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadModels;

/**
 * Projects self-review events into the {@code self-reviews} read model, one document per review
 * with every version of each item's judgement (see {@link SelfReviewDocument}). Replay-safe through
 * {@link DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.SELF_REVIEWS)
class SelfReviewProjector {
  private final DocumentStore store;

  SelfReviewProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(SelfReviewStartedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.SELF_REVIEWS,
        e.reviewId(),
        SelfReviewDocument.class,
        event,
        current ->
            new SelfReviewDocument(
                e.reviewId(),
                e.providerId(),
                e.catalogue().name(),
                e.startedOn(),
                null,
                null,
                null,
                event.recordedAt(),
                event.position(),
                List.of()));
  }

  @EventHandler
  void on(SelfReviewItemJudgedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    judge(
        e.reviewId(),
        e.code(),
        new ItemJudgement(e.judgement(), e.evidence(), e.priority()),
        event);
  }

  @EventHandler
  void on(SelfReviewItemJudgementAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    judge(
        e.reviewId(),
        e.code(),
        new ItemJudgement(e.newJudgement(), e.newEvidence(), e.newPriority()),
        event);
  }

  @EventHandler
  void on(SelfReviewCompletedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.reviewId(),
        event,
        d ->
            new SelfReviewDocument(
                d.reviewId(),
                d.providerId(),
                d.catalogue(),
                d.startedOn(),
                e.completedOn(),
                event.recordedAt(),
                e.itemsJudged(),
                d.firstRecordedAt(),
                event.position(),
                d.items()));
  }

  private void judge(String reviewId, String code, ItemJudgement judged, EventContext event)
      throws IOException {
    change(
        reviewId,
        event,
        d -> {
          List<ItemHistory> items = new ArrayList<>();
          boolean found = false;
          for (ItemHistory item : d.items()) {
            if (item.code().equals(code)) {
              items.add(new ItemHistory(code, History.append(item.versions(), judged, event)));
              found = true;
            } else {
              items.add(item);
            }
          }
          if (!found) {
            items.add(new ItemHistory(code, History.append(List.of(), judged, event)));
          }
          return new SelfReviewDocument(
              d.reviewId(),
              d.providerId(),
              d.catalogue(),
              d.startedOn(),
              d.completedOn(),
              d.completedAt(),
              d.itemsJudged(),
              d.firstRecordedAt(),
              event.position(),
              items);
        });
  }

  private void change(
      String reviewId, EventContext event, Function<SelfReviewDocument, SelfReviewDocument> change)
      throws IOException {
    store.update(
        ReadModels.SELF_REVIEWS,
        reviewId,
        SelfReviewDocument.class,
        event,
        current ->
            change.apply(
                current.orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no self-review document for an event at position "
                                + event.position()
                                + " ("
                                + event.type()
                                + "); its start has not been projected"))));
  }
}
