package org.waymark.query.progress;

import java.io.IOException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.progress.WiderSkillsRatedEvent;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadAhead;
import org.waymark.query.store.ReadModels;

/**
 * Projects assessments and wider-skills ratings into the {@code assessments} and {@code
 * wider-skills} read models, one document per assessment or rating with every version kept (see
 * {@link AssessmentDocument}, {@link WiderSkillsDocument}). Replay-safe through {@link
 * DocumentStore#update}: a re-delivered event finds its position already in the document.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROGRESS)
class ProgressProjector implements ReadAhead {
  private final DocumentStore store;

  ProgressProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(AssessmentRecordedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.ASSESSMENTS,
        e.assessmentId(),
        AssessmentDocument.class,
        event,
        current ->
            new AssessmentDocument(
                e.assessmentId(),
                e.learnerId(),
                e.area(),
                e.date(),
                e.kind(),
                e.score(),
                current.map(AssessmentDocument::firstRecordedAt).orElse(event.recordedAt()),
                event.position(),
                History.append(
                    current.map(AssessmentDocument::versions).orElse(List.of()),
                    e.score(),
                    event)));
  }

  @EventHandler
  void on(AssessmentAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.ASSESSMENTS,
        e.assessmentId(),
        AssessmentDocument.class,
        event,
        current -> {
          AssessmentDocument d = current.orElseThrow(() -> missing("assessment", event));
          return new AssessmentDocument(
              d.assessmentId(),
              d.learnerId(),
              d.area(),
              d.date(),
              d.kind(),
              e.score(),
              d.firstRecordedAt(),
              event.position(),
              History.append(d.versions(), e.score(), event));
        });
  }

  @EventHandler
  void on(WiderSkillsRatedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.WIDER_SKILLS,
        e.ratingId(),
        WiderSkillsDocument.class,
        event,
        current ->
            new WiderSkillsDocument(
                e.ratingId(),
                e.learnerId(),
                e.date(),
                e.kind(),
                e.ratedBy(),
                e.ratings(),
                current.map(WiderSkillsDocument::firstRecordedAt).orElse(event.recordedAt()),
                event.position(),
                History.append(
                    current.map(WiderSkillsDocument::versions).orElse(List.of()),
                    e.ratings(),
                    event)));
  }

  @EventHandler
  void on(WiderSkillsRatingAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.WIDER_SKILLS,
        e.ratingId(),
        WiderSkillsDocument.class,
        event,
        current -> {
          WiderSkillsDocument d = current.orElseThrow(() -> missing("wider-skills rating", event));
          return new WiderSkillsDocument(
              d.ratingId(),
              d.learnerId(),
              d.date(),
              d.kind(),
              d.ratedBy(),
              e.ratings(),
              d.firstRecordedAt(),
              event.position(),
              History.append(d.versions(), e.ratings(), event));
        });
  }

  /** The assessment or rating document of each event. */
  @Override
  public void reads(Object payload, Documents documents) {
    if (payload instanceof AssessmentRecordedEvent e) {
      documents.add(ReadModels.ASSESSMENTS, e.assessmentId(), AssessmentDocument.class);
    } else if (payload instanceof AssessmentAmendedEvent e) {
      documents.add(ReadModels.ASSESSMENTS, e.assessmentId(), AssessmentDocument.class);
    } else if (payload instanceof WiderSkillsRatedEvent e) {
      documents.add(ReadModels.WIDER_SKILLS, e.ratingId(), WiderSkillsDocument.class);
    } else if (payload instanceof WiderSkillsRatingAmendedEvent e) {
      documents.add(ReadModels.WIDER_SKILLS, e.ratingId(), WiderSkillsDocument.class);
    }
  }

  /**
   * An amendment of something the read model has never seen: the stream is out of order or the
   * first recording was lost. Failing (and so retrying) is right; skipping would hide the gap.
   */
  private static IllegalStateException missing(String kind, EventContext event) {
    return new IllegalStateException(
        "no "
            + kind
            + " document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); its first recording has not been projected");
  }
}
