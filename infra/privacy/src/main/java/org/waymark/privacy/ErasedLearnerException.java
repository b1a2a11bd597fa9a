package org.waymark.privacy;

/**
 * Personal data cannot be sealed for a learner without a key: the learner was erased (or never
 * registered). Its message names no learner: callers add the id where it may be shown.
 */
public class ErasedLearnerException extends RuntimeException {
  private final String learnerId;

  public ErasedLearnerException(String learnerId) {
    super("the learner's personal data was erased");
    this.learnerId = learnerId;
  }

  public String learnerId() {
    return learnerId;
  }
}
