package org.waymark.query.status;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.waymark.query.config.EventFacts;
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

  public ProjectionInterceptor(String group, ProjectionMeters meters, ProjectedPosition projected) {
    this.group = group;
    this.meters = meters;
    this.projected = projected;
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    ProjectionOutcome.reset();
    try {
      Object result = chain.proceed();
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
