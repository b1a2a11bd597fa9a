package org.waymark.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do in Waymark (issue 7). A user holds one or more roles; each is granted to
 * Spring Security as the authority {@code ROLE_<name>}.
 */
public enum Role {
  /** Records and reads for the learners assigned to them. */
  TUTOR,
  /** Every indicator of their providers, unsuppressed breakdowns and learner lists. */
  SENIOR_MANAGER,
  /** Aggregated indicators only, always suppressed, never a name or a learner id. */
  GOVERNOR,
  /** Read-only: audit trail and {@code asAt} across their scope; confidential content redacted. */
  INSPECTOR,
  /** Reads confidential review content. */
  SAFEGUARDING_LEAD,
  /** Users, imports, rebuilds, erasure. */
  ADMIN;

  /** Roles that may read learner-level data (names, ids, lists) within their provider scope. */
  public static final Set<Role> LEARNER_LEVEL =
      EnumSet.of(SENIOR_MANAGER, INSPECTOR, SAFEGUARDING_LEAD);

  /** The Spring Security authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role named {@code text} (case-insensitive), or an exception naming the valid ones. */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + text + "'; roles are " + java.util.Arrays.toString(values()));
  }
}
