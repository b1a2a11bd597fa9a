package org.waymark.api.target;

/**
 * A target is keyed {@code target:<targetId>} in the event store: Axon requires aggregate
 * identifiers unique across types, and a file's target ids (1, 2, 3…) may equal its review ids.
 */
public final class TargetIds {
  private TargetIds() {}

  public static String of(String targetId) {
    return "target:" + targetId;
  }
}
