package org.waymark.command.behaviour;

import java.util.List;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/** An incident, follow-up or reward that breaks one of its rules, naming the field (400). */
public class BehaviourRejectedException extends InvalidInputException {
  public BehaviourRejectedException(String field, Object value, String message) {
    super(List.of(new FieldProblem(field, value == null ? null : value.toString(), message)));
  }
}
