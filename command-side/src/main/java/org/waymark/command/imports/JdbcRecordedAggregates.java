package org.waymark.command.imports;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link RecordedAggregates} by one query on the event table: the first event (sequence number 0)
 * of each aggregate, found through the table's unique (aggregate, sequence) index. It runs on the
 * import's own transaction, so it sees the chunks the import has already appended.
 */
@Component
class JdbcRecordedAggregates implements RecordedAggregates {
  private final JdbcTemplate jdbc;
  private final String sql;

  JdbcRecordedAggregates(JdbcTemplate jdbc, EventSchema schema) {
    this.jdbc = jdbc;
    this.sql =
        "SELECT "
            + schema.aggregateIdentifierColumn()
            + " FROM "
            + schema.domainEventTable()
            + " WHERE "
            + schema.aggregateIdentifierColumn()
            + " = ANY (?) AND "
            + schema.sequenceNumberColumn()
            + " = 0";
  }

  @Override
  public Set<String> recorded(Collection<String> aggregateIds) {
    Set<String> found = new HashSet<>();
    if (aggregateIds.isEmpty()) {
      return found;
    }
    jdbc.query(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql);
          Array ids = connection.createArrayOf("varchar", aggregateIds.toArray());
          statement.setArray(1, ids);
          return statement;
        },
        rs -> {
          found.add(rs.getString(1));
        });
    return found;
  }
}
