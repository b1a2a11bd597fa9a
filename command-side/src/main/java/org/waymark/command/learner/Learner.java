package org.waymark.command.learner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.RegisterLearnerCommand;

/** A learner: registered once, with the characteristics recorded at enrolment. */
@Aggregate
class Learner {

  @AggregateIdentifier private String learnerId;

  Learner() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterLearnerCommand command, Clock clock) {
    if (learnerId != null) {
      throw new LearnerAlreadyRegisteredException(command.learnerId());
    }
    LocalDate today = LocalDate.now(clock);
    if (command.dateOfBirth().isAfter(today)) {
      throw new LearnerRejectedException("dateOfBirth", "must not be in the future");
    }
    if (command.enrolledOn().isBefore(command.dateOfBirth())) {
      throw new LearnerRejectedException("enrolledOn", "must not be before dateOfBirth");
    }
    apply(
        new LearnerRegisteredEvent(
            command.learnerId(),
            command.providerId(),
            command.givenName(),
            command.familyName(),
            command.dateOfBirth(),
            command.sex(),
            command.ethnicity(),
            command.send(),
            command.disadvantaged(),
            command.lookedAfter(),
            command.eal(),
            command.yearGroup(),
            command.enrolledOn()));
  }

  @EventSourcingHandler
  void on(LearnerRegisteredEvent event) {
    this.learnerId = event.learnerId();
  }
}
