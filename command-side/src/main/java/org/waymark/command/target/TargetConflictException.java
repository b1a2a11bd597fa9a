package org.waymark.command.target;

import org.waymark.command.web.ConflictException;

/** A target or outcome that contradicts what is recorded, e.g. a second final outcome (409). */
public class TargetConflictException extends ConflictException {
  public TargetConflictException(String field, Object value, String message) {
    super(field, value == null ? null : value.toString(), message);
  }
}
