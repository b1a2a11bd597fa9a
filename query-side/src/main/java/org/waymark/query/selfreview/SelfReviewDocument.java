package org.waymark.query.selfreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * A provider's self-review in the {@code self-reviews} read model: the review (flat, searchable)
 * and, per catalogue item, every version of its judgement, so the review can be answered as it
 * stood at any instant. Evidence is stored in an object Elasticsearch does not index.
 *
 * @param catalogue the catalogue's enum name ({@code ECM_FIND_THE_GAPS}, …)
 * @param position the global index of the last event applied
 */
public record SelfReviewDocument(
    String reviewId,
    String providerId,
    String catalogue,
    LocalDate startedOn,
    LocalDate completedOn,
    Instant completedAt,
    Integer itemsJudged,
    Instant firstRecordedAt,
    long position,
    List<ItemHistory> items)
    implements Positioned {

  public SelfReviewDocument {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** One catalogue item's judgements, oldest first. */
  public record ItemHistory(String code, List<Version<ItemJudgement>> versions) {
    public ItemHistory {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** An item's judgement in one version. */
  public record ItemJudgement(
      SelfReviewJudgement judgement, String evidence, DevelopmentPriority priority) {}

  /** Whether the review was started by {@code asAt} ({@code null}: now). */
  public boolean existsAt(Instant asAt) {
    return asAt == null || !firstRecordedAt.isAfter(asAt);
  }

  /** Whether its completion was recorded by {@code asAt} ({@code null}: now). */
  public boolean completionRecordedBy(Instant asAt) {
    return completedAt != null && (asAt == null || !completedAt.isAfter(asAt));
  }

  /** Each judged item's judgement in force at {@code asAt} ({@code null}: now), by code. */
  public Map<String, ItemJudgement> judgementsAt(Instant asAt) {
    Map<String, ItemJudgement> out = new LinkedHashMap<>();
    for (ItemHistory item : items) {
      History.at(item.versions(), asAt).ifPresent(j -> out.put(item.code(), j));
    }
    return out;
  }
}
