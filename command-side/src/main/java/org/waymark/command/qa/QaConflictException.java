package org.waymark.command.qa;

import org.waymark.command.web.ConflictException;

/**
 * A QA command that conflicts with what a visit or plan already holds (a judgement after the visit
 * was completed, an action on a closed plan): 409 naming the field, nothing stored.
 */
public class QaConflictException extends ConflictException {
  public QaConflictException(String field, String value, String message) {
    super(field, value, message);
  }
}
