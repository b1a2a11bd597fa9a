package org.waymark.query.published;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One publication of the aggregates.
 *
 * @param position the projected position the figures were computed from
 * @param date the day the running periods were clipped to
 * @param publishedAt when it finished
 * @param figures figures computed and sent (one already published at this position is left as it
 *     was)
 * @param documents documents in the index afterwards
 * @param seconds how long it took
 */
public record Publication(
    long position,
    LocalDate date,
    Instant publishedAt,
    long figures,
    long documents,
    double seconds) {}
