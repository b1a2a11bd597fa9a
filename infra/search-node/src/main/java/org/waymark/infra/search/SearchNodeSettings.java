package org.waymark.infra.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to start a {@link SearchNode}.
 *
 * @param dataDir the node's own directory: index data, config, logs and temp files live under it;
 *     keep it to keep the indices, use a fresh one for a throwaway node
 * @param javaHome a Java 21+ installation to run the node; empty to find one (see {@link
 *     SearchNode})
 * @param httpPort the HTTP port on 127.0.0.1, or 0 to let the node pick a free one
 * @param startTimeout how long {@link SearchNode#start} waits for the cluster to answer yellow or
 *     green
 * @param heap the node's heap, as for {@code -Xmx}, e.g. {@code "512m"}
 */
public record SearchNodeSettings(
    Path dataDir, Optional<Path> javaHome, int httpPort, Duration startTimeout, String heap) {

  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
  public static final String DEFAULT_HEAP = "512m";

  private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

  public SearchNodeSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(javaHome, "javaHome (use Optional.empty() to find a runtime)");
    Objects.requireNonNull(startTimeout, "startTimeout");
    Objects.requireNonNull(heap, "heap");
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort must be 0 (pick a free one) or 1-65535");
    }
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive");
    }
    if (!HEAP.matcher(heap).matches()) {
      throw new IllegalArgumentException("heap must look like 512m or 1g, was: " + heap);
    }
  }

  /** A node on a free port, a 512m heap, a found Java 21+ runtime and a 120 s start timeout. */
  public static SearchNodeSettings defaults(Path dataDir) {
    return new SearchNodeSettings(
        dataDir, Optional.empty(), 0, DEFAULT_START_TIMEOUT, DEFAULT_HEAP);
  }

  public SearchNodeSettings withJavaHome(Path javaHome) {
    return new SearchNodeSettings(dataDir, Optional.of(javaHome), httpPort, startTimeout, heap);
  }

  public SearchNodeSettings withHttpPort(int httpPort) {
    return new SearchNodeSettings(dataDir, javaHome, httpPort, startTimeout, heap);
  }

  public SearchNodeSettings withStartTimeout(Duration startTimeout) {
    return new SearchNodeSettings(dataDir, javaHome, httpPort, startTimeout, heap);
  }

  public SearchNodeSettings withHeap(String heap) {
    return new SearchNodeSettings(dataDir, javaHome, httpPort, startTimeout, heap);
  }
}
