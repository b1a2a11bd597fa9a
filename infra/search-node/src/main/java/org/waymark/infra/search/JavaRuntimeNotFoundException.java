package org.waymark.infra.search;

import java.util.List;

/**
 * No Java 21 or newer runtime was found for the Elasticsearch node. The message lists every place
 * that was looked in and how to point Waymark at a runtime.
 */
public class JavaRuntimeNotFoundException extends SearchNodeException {

  private static final long serialVersionUID = 1L;

  private final List<String> lookedIn;

  public JavaRuntimeNotFoundException(List<String> lookedIn) {
    super(
        "No Java "
            + JavaRuntimeLocator.MINIMUM_FEATURE_VERSION
            + " or newer runtime found for the Elasticsearch node; looked in: "
            + lookedIn
            + ". Install one or set "
            + JavaRuntimeLocator.JAVA_HOME_ENV
            + " (or the system property "
            + JavaRuntimeLocator.JAVA_HOME_PROPERTY
            + ").");
    this.lookedIn = List.copyOf(lookedIn);
  }

  /** The places looked in, each with the Java version found there, if any. */
  public List<String> lookedIn() {
    return lookedIn;
  }
}
