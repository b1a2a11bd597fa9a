package org.waymark.query.selfreview;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.access.AccessScope;
import org.waymark.api.selfreview.CatalogueItem;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.query.selfreview.SelfReviewDocument.ItemJudgement;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.NotFoundException;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/self-reviews/{reviewId}?asAt=…}: a self-review as it stood at {@code asAt}:
 * how many of its catalogue's items are judged, and its gaps — every item not judged {@code
 * IN_PLACE} (judged {@code PARTLY} or {@code GAP}, or not judged at all), in the catalogue's order.
 */
@RestController
class SelfReviewQueryController {
  private final DocumentStore store;
  private final AccessScope access;

  SelfReviewQueryController(DocumentStore store, AccessScope access) {
    this.access = access;
    this.store = store;
  }

  /**
   * {@code {reviewId, providerId, catalogue, title, startedOn, completedOn, items, judged, inPlace,
   * partly, gap, gaps:[{code, section, judgement, priority}]}}; {@code catalogue} is its slug,
   * {@code items} the catalogue's size; 404 for a review not started by {@code asAt}.
   */
  @GetMapping("/api/v1/self-reviews/{reviewId}")
  Map<String, Object> review(
      @PathVariable String reviewId, @RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    Instant asAt = p.instant("asAt");
    p.validate();
    SelfReviewDocument d =
        store
            .find(ReadModels.SELF_REVIEWS, reviewId, SelfReviewDocument.class)
            .filter(r -> r.existsAt(asAt))
            .orElseThrow(() -> new NotFoundException("self-review", reviewId));
    access.requireProvider(d.providerId());
    SelfReviewCatalogue catalogue = SelfReviewCatalogue.valueOf(d.catalogue());
    Map<String, ItemJudgement> judged = d.judgementsAt(asAt);
    int[] counts = new int[SelfReviewJudgement.values().length];
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (CatalogueItem item : catalogue.items()) {
      ItemJudgement j = judged.get(item.code());
      if (j != null && j.judgement() != null) {
        counts[j.judgement().ordinal()]++;
      }
      if (j == null || j.judgement() != SelfReviewJudgement.IN_PLACE) {
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("code", item.code());
        gap.put("section", item.section());
        gap.put("judgement", j == null || j.judgement() == null ? null : j.judgement().name());
        gap.put("priority", j == null || j.priority() == null ? null : j.priority().name());
        gaps.add(gap);
      }
    }
    boolean completed = d.completionRecordedBy(asAt);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reviewId", d.reviewId());
    out.put("providerId", d.providerId());
    out.put("catalogue", catalogue.slug());
    out.put("title", catalogue.title());
    out.put("startedOn", d.startedOn().toString());
    out.put("completedOn", completed ? d.completedOn().toString() : null);
    out.put("items", catalogue.items().size());
    out.put("judged", judged.size());
    out.put("inPlace", counts[SelfReviewJudgement.IN_PLACE.ordinal()]);
    out.put("partly", counts[SelfReviewJudgement.PARTLY.ordinal()]);
    out.put("gap", counts[SelfReviewJudgement.GAP.ordinal()]);
    out.put("gaps", gaps);
    return out;
  }
}
