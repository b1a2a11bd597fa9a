package org.waymark.command.learner;

/** A learner id can be registered once; a second registration is a conflict. */
public class LearnerAlreadyRegisteredException extends RuntimeException {
  private final String learnerId;

  public LearnerAlreadyRegisteredException(String learnerId) {
    super("learner '" + learnerId + "' is already registered");
    this.learnerId = learnerId;
  }

  public String learnerId() {
    return learnerId;
  }
}
