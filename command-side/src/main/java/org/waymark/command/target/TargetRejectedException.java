package org.waymark.command.target;

import java.util.List;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** A target or outcome that breaks one of the target's rules on its own terms (400). */
public class TargetRejectedException extends InvalidInputException {
  public TargetRejectedException(String field, Object value, String message) {
    super(List.of(new FieldProblem(field, value == null ? null : value.toString(), message)));
  }
}
