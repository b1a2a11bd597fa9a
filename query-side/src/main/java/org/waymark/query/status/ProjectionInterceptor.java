package org.waymark.query.status;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.waymark.query.config.EventFacts;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ProjectionOutcome;

/**
 * Around every event a processing group handles: counts it once ({@code applied} or {@code
 * duplicate}, as the store saw it) and advances the group's projected position, so projectors
 * themselves only describe their documents.
 */
public class ProjectionInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {
  private final String group;
  private final ProjectionMeters meters;
  private final ProjectedPosition projected;
  private final DocumentStore store;

  public ProjectionInterceptor(
      String group, ProjectionMeters meters, ProjectedPosition projected, DocumentStore store) {
    this.group = group;
    this.meters = meters;
    this.projected = projected;
    this.store = store;
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    ProjectionOutcome.reset();
    try {
      Object result = chain.proceed();
      if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
        // The batch's writes go in one bulk request here, so a failure fails this event's
        // handling like any write failure (and the batch is retried, its token not stored).
        store.flushPending();
      }
      if (!ProjectionOutcome.nothingWritten()) {
        meters.event(group, ProjectionOutcome.applied());
      }
      EventFacts.position(unitOfWork.getMessage()).ifPresent(p -> projected.advance(group, p));
      return result;
    } finally {
      ProjectionOutcome.reset();
    }
  }
}
