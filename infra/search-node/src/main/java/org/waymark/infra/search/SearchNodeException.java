package org.waymark.infra.search;

/** The search node could not be started (or its distribution could not be prepared). */
public class SearchNodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchNodeException(String message) {
    super(message);
  }

  public SearchNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
