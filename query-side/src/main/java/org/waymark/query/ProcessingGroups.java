package org.waymark.query;

import java.util.List;

/** Every query-side processing group, each a tracking processor reading the Kafka topic. */
public final class ProcessingGroups {
  /** Learners: current state and characteristics. */
  public static final String LEARNERS = "learners";

  public static final List<String> ALL = List.of(LEARNERS);

  private ProcessingGroups() {}
}
