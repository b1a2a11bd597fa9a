package org.waymark.command.qa;

import java.util.List;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** A QA aggregate refused a command that breaks one of its rules, naming the field: 400. */
public class QaRejectedException extends InvalidInputException {
  public QaRejectedException(String field, String value, String message) {
    super(List.of(new FieldProblem(field, value, message)));
  }
}
