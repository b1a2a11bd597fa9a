package org.waymark.command.progress;

import java.util.List;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** An assessment or rating that breaks an invariant of its aggregate, naming the field. */
public class ProgressRejectedException extends InvalidInputException {
  public ProgressRejectedException(String field, String value, String message) {
    super(List.of(new FieldProblem(field, value, message)));
  }
}
