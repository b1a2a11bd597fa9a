package org.waymark.access.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP Basic {@code Authorization} header a client of the local accounts sends. */
public final class BasicCredentials {
  private BasicCredentials() {}

  /** {@code Basic base64(username:password)}, UTF-8 as Spring Security decodes it. */
  public static String header(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
