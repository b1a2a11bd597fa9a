package org.waymark.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request outside the caller's role or provider scope: answered 403 with a problem body that says
 * why, never what the hidden data holds.
 */
public class OutOfScopeException extends AccessDeniedException {
  public OutOfScopeException(String message) {
    super(message);
  }
}
