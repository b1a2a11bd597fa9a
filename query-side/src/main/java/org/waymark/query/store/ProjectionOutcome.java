package org.waymark.query.store;

/**
 * Whether the event being handled on this thread changed any read model ({@code applied}) or found
 * its effect already there ({@code duplicate}). The store marks it; the processing-group
 * interceptor reads and clears it to count the event once.
 */
public final class ProjectionOutcome {
  private static final ThreadLocal<Boolean> APPLIED = new ThreadLocal<>();

  private ProjectionOutcome() {}

  static void wrote(boolean applied) {
    Boolean before = APPLIED.get();
    APPLIED.set(Boolean.TRUE.equals(before) || applied);
  }

  /** Starts a new event. */
  public static void reset() {
    APPLIED.remove();
  }

  /** True when some write of the current event changed a document, or nothing was written. */
  public static boolean applied() {
    Boolean v = APPLIED.get();
    return v == null || v;
  }

  /** True when the handler wrote nothing at all. */
  public static boolean nothingWritten() {
    return APPLIED.get() == null;
  }
}
