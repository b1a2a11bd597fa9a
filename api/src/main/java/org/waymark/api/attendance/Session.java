package org.waymark.api.attendance;

/** A register session: morning or afternoon. */
public enum Session {
  AM,
  PM
}
