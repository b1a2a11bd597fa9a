package org.waymark.command.behaviour;

import org.waymark.command.web.ConflictException;

/** An incident or reward id already recorded with other details (409). */
public class BehaviourConflictException extends ConflictException {
  public BehaviourConflictException(String field, String value, String message) {
    super(field, value, message);
  }
}
