package org.waymark.infra.embedded;

/** A service could not be started, reached or stopped. */
public final class EmbeddedServicesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EmbeddedServicesException(String message) {
    super(message);
  }

  public EmbeddedServicesException(String message, Throwable cause) {
    super(message, cause);
  }
}
