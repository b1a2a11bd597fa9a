package org.waymark.command.erasure;

/** A request that needs an authenticated user came without one (401). */
public class AuthenticationRequiredException extends RuntimeException {
  public AuthenticationRequiredException() {
    super("authentication is required");
  }
}
