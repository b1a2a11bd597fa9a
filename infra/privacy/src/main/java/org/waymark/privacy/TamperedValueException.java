package org.waymark.privacy;

/**
 * A sealed value that does not authenticate under its learner's key: altered, moved to another
 * learner, or sealed under another master key. Never carries the value itself.
 */
public class TamperedValueException extends RuntimeException {
  public TamperedValueException(String message) {
    super(message);
  }
}
