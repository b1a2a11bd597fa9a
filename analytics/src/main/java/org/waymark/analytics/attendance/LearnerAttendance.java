package org.waymark.analytics.attendance;

/**
 * One learner's attendance over a period (CONTRACT.md "Definitions"; DfE "Pupil absence in schools
 * in England" methodology).
 *
 * @param learnerId the learner
 * @param possible present + approved + authorised + unauthorised sessions
 * @param present sessions coded {@code / \ L}
 * @param approved sessions of approved educational activity
 * @param authorised authorised absence sessions
 * @param unauthorised unauthorised absence sessions
 * @param absence authorised + unauthorised
 * @param late sessions coded {@code L} or {@code U}
 * @param attendanceRate (present + approved) / possible × 100 = 100 − absenceRate, null when
 *     possible is 0
 * @param absenceRate absence / possible × 100, null when possible is 0
 * @param authorisedRate authorised / possible × 100, null when possible is 0
 * @param unauthorisedRate unauthorised / possible × 100, null when possible is 0
 * @param persistentAbsentee possible &gt; 0 and absence ≥ 10% of possible
 * @param severeAbsentee possible &gt; 0 and absence ≥ 50% of possible
 */
public record LearnerAttendance(
    String learnerId,
    int possible,
    int present,
    int approved,
    int authorised,
    int unauthorised,
    int absence,
    int late,
    Double attendanceRate,
    Double absenceRate,
    Double authorisedRate,
    Double unauthorisedRate,
    boolean persistentAbsentee,
    boolean severeAbsentee) {}
