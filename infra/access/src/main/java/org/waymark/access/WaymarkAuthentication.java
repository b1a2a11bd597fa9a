package org.waymark.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A successful authentication, however it was made (local account or JWT): the principal is always
 * a {@link WaymarkUser}. Never holds a password.
 */
public final class WaymarkAuthentication extends AbstractAuthenticationToken {
  private final WaymarkUser user;

  public WaymarkAuthentication(WaymarkUser user, Object details) {
    super(user.authorities());
    this.user = user;
    setDetails(details);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public WaymarkUser getPrincipal() {
    return user;
  }

  @Override
  public String getName() {
    return user.username();
  }
}
