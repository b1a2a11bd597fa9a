package org.waymark.query.published;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What every figure of one breakdown shares: the indicator, the period, the area and the
 * publication it belongs to.
 *
 * @param indicator the indicator ({@code attendance}…)
 * @param area the progress area, or {@code null}
 * @param span the period
 * @param publishedAt when the publication was computed
 * @param position the projected position it was computed from
 */
record Slice(String indicator, String area, Span span, Instant publishedAt, long position) {

  /**
   * A period figures are published for.
   *
   * @param start first day
   * @param end last day
   * @param interval {@code month}, {@code period} or {@code at}
   * @param toDate whether the period is still running (clipped to the publication's day)
   */
  record Span(LocalDate start, LocalDate end, String interval, boolean toDate) {}
}
