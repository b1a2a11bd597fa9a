package org.waymark.command.learner;

import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** The aggregate refused a registration that breaks one of its invariants, naming the field. */
public class LearnerRejectedException extends InvalidInputException {
  public LearnerRejectedException(String field, String message) {
    super(java.util.List.of(new FieldProblem(field, null, message)));
  }
}
