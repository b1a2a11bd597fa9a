package org.waymark.infra.embedded;

/**
 * What one test class owns on the shared services, so classes cannot see each other's data.
 *
 * @param name unique lower-case name ({@code [a-z][a-z0-9_]*}), the root of the others
 * @param topic a Kafka topic, already created (one partition)
 * @param indexPrefix prefix for Elasticsearch index and alias names ({@code name + "-"})
 * @param database a PostgreSQL database, already created
 * @param jdbcUrl the JDBC URL of {@code database}
 */
public record TestNamespace(
    String name, String topic, String indexPrefix, String database, String jdbcUrl) {

  /** Partitions of {@link #topic()}: one keeps every record in order. */
  public static final int TOPIC_PARTITIONS = 1;
}
