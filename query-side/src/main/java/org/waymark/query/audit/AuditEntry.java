package org.waymark.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waymark.query.store.Positioned;

/**
 * One event in the audit read model: document id = the event's position, written once ({@code
 * DocumentStore.insert}), never changed. Only ids, type, dates and who/where are indexed; {@code
 * summary}, {@code reason}, {@code changes} and {@code payload} are stored but not searchable, and
 * a confidential review's narrative is already replaced by {@value AuditEntries#CONFIDENTIAL}.
 *
 * @param position the event's global index (also the document id and its version)
 * @param type the payload's simple class name
 * @param context the api package the event belongs to ({@code attendance}, {@code learner}, …)
 * @param learnerId the learner the event is about (for a placement amendment, the placement's)
 * @param providerId the provider the event is about (a transfer: the new provider; a self-review
 *     item: the self-review's provider)
 * @param effectiveDate the metadata's effective date, else the payload's own date (mark date,
 *     review held on, …); {@code null} when the event has none
 * @param occurredAt {@code effectiveDate}, else the UTC date of {@code recordedAt}
 * @param amendment whether the event is an {@code *AmendedEvent}
 * @param summary a short sentence without names, characteristics or confidential text
 * @param reason an amendment's reason as given (not indexed)
 * @param changes an amendment's old and new values (not indexed)
 * @param payload the event as JSON, confidential narrative redacted (not indexed)
 */
public record AuditEntry(
    long position,
    String type,
    String context,
    String learnerId,
    String providerId,
    String placementId,
    String targetId,
    String reviewId,
    String visitId,
    String planId,
    String actionId,
    String assessmentId,
    String ratingId,
    String incidentId,
    String rewardId,
    String entryId,
    Instant recordedAt,
    String recordedBy,
    String source,
    LocalDate effectiveDate,
    LocalDate occurredAt,
    boolean amendment,
    String summary,
    String reason,
    List<AuditChange> changes,
    JsonNode payload)
    implements Positioned {

  public AuditEntry {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }
}
