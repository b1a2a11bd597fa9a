package org.waymark.command.review;

import org.waymark.command.web.ConflictException;

/** A review id already recorded for another learner (409). */
public class ReviewConflictException extends ConflictException {
  public ReviewConflictException(String field, String value, String message) {
    super(field, value, message);
  }
}
