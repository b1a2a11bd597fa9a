package org.waymark.infra.demo;

import java.util.List;
import org.waymark.api.provider.ProviderKind;

/**
 * A generated provider.
 *
 * @param number 1-based, the number in its id ({@code P007} is 7)
 * @param insetDays whether its learners' registers show the first day of each term as a planned
 *     closure ({@code #})
 * @param tutors the tutors who hold its learners' reviews
 */
record DemoProvider(
    int number,
    String id,
    String name,
    ProviderKind kind,
    boolean registered,
    String dfeNumber,
    boolean insetDays,
    List<String> tutors) {}
