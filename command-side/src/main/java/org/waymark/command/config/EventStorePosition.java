package org.waymark.command.config;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of the event store: the greatest global index committed. Read after a command has
 * committed, it is at least the position of that command's events, so a client can wait until the
 * read models report having projected this far.
 */
@Component
public class EventStorePosition {
  private final JdbcTemplate jdbc;

  EventStorePosition(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long head() {
    Long max =
        jdbc.queryForObject(
            "SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry", Long.class);
    return max == null ? -1 : max;
  }
}
