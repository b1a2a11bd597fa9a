package org.waymark.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the embedded services run.
 *
 * @param dataDir parent of {@code postgres/}, {@code kafka/} and {@code elasticsearch/}
 * @param persistent {@code true}: the data survives {@link EmbeddedServices#close()} and the next
 *     start reuses it; {@code false}: {@code dataDir} is deleted on close
 * @param startTimeout how long each service may take to become ready
 * @param searchJavaHome the Java 21+ home for the Elasticsearch child JVM; empty: found
 *     automatically by the search node
 * @param searchHeap the Elasticsearch heap, e.g. {@code 512m}
 */
public record EmbeddedServicesSettings(
    Path dataDir,
    boolean persistent,
    Duration startTimeout,
    Optional<Path> searchJavaHome,
    String searchHeap) {

  /** Generous enough for a cold 2-core machine unpacking the PostgreSQL binaries. */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

  public static final String DEFAULT_SEARCH_HEAP = "512m";

  public EmbeddedServicesSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(startTimeout, "startTimeout");
    Objects.requireNonNull(searchJavaHome, "searchJavaHome");
    Objects.requireNonNull(searchHeap, "searchHeap");
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  /** Data kept under {@code dir} across runs: what the all-in-one launcher uses. */
  public static EmbeddedServicesSettings persistentAt(Path dir) {
    return new EmbeddedServicesSettings(
        dir, true, DEFAULT_START_TIMEOUT, Optional.empty(), DEFAULT_SEARCH_HEAP);
  }

  /** A fresh temporary directory, deleted on close: what tests use. */
  public static EmbeddedServicesSettings throwaway() {
    try {
      return new EmbeddedServicesSettings(
          Files.createTempDirectory("waymark-services-"),
          false,
          DEFAULT_START_TIMEOUT,
          Optional.empty(),
          DEFAULT_SEARCH_HEAP);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary directory for the services", e);
    }
  }

  public EmbeddedServicesSettings withSearchJavaHome(Path javaHome) {
    return new EmbeddedServicesSettings(
        dataDir, persistent, startTimeout, Optional.of(javaHome), searchHeap);
  }

  public EmbeddedServicesSettings withStartTimeout(Duration timeout) {
    return new EmbeddedServicesSettings(dataDir, persistent, timeout, searchJavaHome, searchHeap);
  }
}
