package org.waymark.query.status;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.waymark.query.config.EventFacts;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ProjectionOutcome;
import org.waymark.query.store.ReadAhead;

/**
 * Around every event a processing group handles: counts it once ({@code applied} or {@code
 * duplicate}, as the store saw it) and advances the group's projected position, so projectors
 * themselves only describe their documents. At a batch's first event it reads ahead what the
 * group's projectors will read for the whole batch; at its last it sends the batch's writes.
 */
public class ProjectionInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {
  private final String group;
  private final ProjectionMeters meters;
  private final ProjectedPosition projected;
  private final DocumentStore store;
  private final List<ReadAhead> readers;

  /**
   * @param readers what the group's projectors read, named so a batch reads it all at once ({@link
   *     DocumentStore#readAhead})
   */
  public ProjectionInterceptor(
      String group,
      ProjectionMeters meters,
      ProjectedPosition projected,
      DocumentStore store,
      List<ReadAhead> readers) {
    this.group = group;
    this.meters = meters;
    this.projected = projected;
    this.store = store;
    this.readers = List.copyOf(readers);
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    ProjectionOutcome.reset();
    try {
      if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
        // Every document the batch's events will read, in one multi-get per index.
        List<Object> payloads = new ArrayList<>(batch.getMessages().size());
        for (Message<?> m : batch.getMessages()) {
          payloads.add(m.getPayload());
        }
        store.readAhead(group, payloads, readers);
      }
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
