package org.waymark.api.attendance;

/**
 * The attendance register of a learner is an aggregate of its own; Axon's event store requires
 * aggregate identifiers unique across types, so it is keyed {@code attendance:<learnerId>}.
 */
public final class AttendanceRegisterIds {
  private AttendanceRegisterIds() {}

  public static String of(String learnerId) {
    return "attendance:" + learnerId;
  }
}
