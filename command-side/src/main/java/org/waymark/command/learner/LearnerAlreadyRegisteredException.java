package org.waymark.command.learner;

import org.waymark.command.web.ConflictException;

/** A learner id can be registered once; a second registration is a conflict. */
public class LearnerAlreadyRegisteredException extends ConflictException {
  public LearnerAlreadyRegisteredException(String learnerId) {
    super("learnerId", learnerId, "a learner with this id is already registered");
  }
}
