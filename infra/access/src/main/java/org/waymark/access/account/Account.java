package org.waymark.access.account;

import java.util.Set;
import org.waymark.access.Role;
import org.waymark.access.WaymarkUser;

/**
 * A local account as stored: never leaves the access module with its hash.
 *
 * @param providers empty means every provider
 */
record Account(String username, String passwordHash, Set<Role> roles, Set<String> providers) {
  WaymarkUser user() {
    return new WaymarkUser(username, roles, providers);
  }
}
