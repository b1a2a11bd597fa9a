package org.waymark.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * The paced gap check on real PostgreSQL: a reader stopped before a hole wider than its window (a
 * rolled-back import's indices) or before an import's open transaction finds the events after it,
 * once the interval has passed, and not before; windows holding events are read at once.
 */
@WithEmbeddedServices
class PacedGapCheckStorageEngineIT {
  static final long INTERVAL = TimeUnit.SECONDS.toNanos(2);
  static final int WINDOW = 50;

  final AtomicLong clock = new AtomicLong(1_000_000_000_000L);
  final EventSchema schema = new CommandAxonConfig().eventSchema();
  TestNamespace ns;
  EmbeddedServices services;
  PacedGapCheckStorageEngine engine;
  long sequence;

  @BeforeEach
  void freshStore() throws SQLException {
    services = EmbeddedServicesExtension.services();
    ns = EmbeddedServicesExtension.namespaceFor(PacedGapCheckStorageEngineIT.class);
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS domain_event_entry");
      PostgresEventTableFactory.INSTANCE.createDomainEventTable(c, schema).execute();
    }
    JacksonSerializer json = JacksonSerializer.defaultSerializer();
    engine =
        new PacedGapCheckStorageEngine(
            JdbcEventStorageEngine.builder()
                .connectionProvider(this::connection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(json)
                .snapshotSerializer(json)
                .schema(schema)
                .batchSize(WINDOW),
            INTERVAL,
            clock::get);
    sequence = 0;
  }

  Connection connection() throws SQLException {
    return DriverManager.getConnection(
        ns.jdbcUrl(), services.jdbcUsername(), services.jdbcPassword());
  }

  void append(int events) {
    for (int i = 0; i < events; i++) {
      engine.appendEvents(
          new GenericDomainEventMessage<>("Test", "agg-1", sequence++, "event " + sequence));
    }
  }

  /** {@code rows} indices taken by a transaction that is then rolled back: a hole. */
  void hole(int rows) throws SQLException {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      takeIndices(c, rows);
      c.rollback();
    }
  }

  static void takeIndices(Connection c, int rows) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload)"
                + " VALUES (?, 'open', ?, 'Test', '2026-01-01T00:00:00Z', 'java.lang.String',"
                + " '\\x22'::bytea)")) {
      for (int i = 0; i < rows; i++) {
        p.setString(1, "open-" + i + "-" + System.nanoTime());
        p.setLong(2, i);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  List<? extends TrackedEventData<?>> read(TrackingToken token) {
    return engine.fetchTrackedEvents(token, WINDOW);
  }

  TrackingToken after(List<? extends TrackedEventData<?>> events) {
    return events.get(events.size() - 1).trackingToken();
  }

  @Test
  void aHoleWiderThanTheWindowIsCrossedOnceTheIntervalHasPassed() throws SQLException {
    append(3);
    List<? extends TrackedEventData<?>> first = read(null);
    assertThat(first).hasSize(3);
    TrackingToken token = after(first);
    assertThat(read(token)).isEmpty(); // the first empty window checks, and finds nothing yet

    hole(WINDOW * 4);
    append(2);
    assertThat(read(token)).as("within the interval: not looked past the window").isEmpty();

    clock.addAndGet(INTERVAL);
    List<? extends TrackedEventData<?>> crossed = read(token);
    assertThat(crossed).as("a window reaching the first event after the hole").hasSize(1);
    assertThat(crossed.get(0).trackingToken().position()).hasValue(3 + WINDOW * 4 + 1);
    assertThat(read(after(crossed))).as("the next window, at once").hasSize(1);
  }

  @Test
  void eventsCommittedAfterAnOpenTransactionAreFoundWhileItIsStillOpen() throws SQLException {
    append(1);
    TrackingToken token = after(read(null));
    try (Connection open = connection()) {
      open.setAutoCommit(false);
      takeIndices(open, WINDOW * 10); // an import's uncommitted rows
      append(1);
      clock.addAndGet(INTERVAL);
      List<? extends TrackedEventData<?>> found = read(token);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).trackingToken().position()).hasValue(1 + WINDOW * 10 + 1);
      assertThat(read(after(found))).as("nothing more, and no check due").isEmpty();
      open.rollback();
    }
  }

  @Test
  void aWindowHoldingEventsIsReadAtOnceWhateverTheInterval() {
    append(WINDOW + 5);
    List<? extends TrackedEventData<?>> first = read(null);
    assertThat(first).as("from no token, indices 0..WINDOW-1: 1..49").hasSize(WINDOW - 1);
    assertThat(read(after(first))).hasSize(6);
  }
}
