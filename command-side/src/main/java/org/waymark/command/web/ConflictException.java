package org.waymark.command.web;

/**
 * A command that conflicts with what is already recorded (a learner registered twice, a second
 * final outcome for a target, a judgement after a visit closed): answered with 409 and a
 * problem+json body naming the field. Aggregates throw subclasses; nothing is stored.
 */
public class ConflictException extends RuntimeException {
  private final String field;
  private final String value;

  public ConflictException(String field, String value, String message) {
    super(message);
    this.field = field;
    this.value = value;
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }
}
