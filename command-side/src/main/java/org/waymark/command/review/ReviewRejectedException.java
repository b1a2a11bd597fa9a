package org.waymark.command.review;

import java.util.List;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** A review that breaks one of its own rules (dates, attendance summary), naming the field. */
public class ReviewRejectedException extends InvalidInputException {
  public ReviewRejectedException(String field, Object value, String message) {
    super(List.of(new FieldProblem(field, value == null ? null : value.toString(), message)));
  }
}
