package org.waymark.api.selfreview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogues a provider's self-review judges, kept as data beside this class (see {@link
 * CatalogueFormat}) and transcribed from the source documents in the shared seeds.
 */
public enum SelfReviewCatalogue {
  /** Seed 000: the 'Find the Gaps' practice statements under the five ECM outcomes. */
  ECM_FIND_THE_GAPS(
      "ecm-find-the-gaps",
      "Ensuring Every Learner Matters: Work Based Learning Providers - Find the Gaps (Tool 2)",
      true),
  /** Seed 001: the ILP implementation and improvement checklist. */
  ILP_CHECKLIST(
      "ilp-checklist",
      "Individual learning plans in Foundation Learning at Key Stage 4 - ILP implementation and"
          + " improvement checklist",
      false),
  /** Seed 003: what effective progress reviews expect of learners, teachers, IAG and employers. */
  PROGRESS_REVIEW_MONITORING(
      "progress-review-monitoring", "Monitoring effective learners' progress reviews", false);

  private final String slug;
  private final String title;
  private final boolean ecm;
  private volatile Map<String, CatalogueItem> items;

  SelfReviewCatalogue(String slug, String title, boolean ecm) {
    this.slug = slug;
    this.title = title;
    this.ecm = ecm;
  }

  /** The catalogue's name in URLs and its resource file's base name. */
  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** Every item in the order of the source document's sections. */
  public List<CatalogueItem> items() {
    return List.copyOf(byCode().values());
  }

  public Optional<CatalogueItem> item(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  public boolean contains(String code) {
    return byCode().containsKey(code);
  }

  public static Optional<SelfReviewCatalogue> ofSlug(String slug) {
    for (SelfReviewCatalogue c : values()) {
      if (c.slug.equals(slug)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Map<String, CatalogueItem> byCode() {
    Map<String, CatalogueItem> loaded = items;
    if (loaded == null) {
      Map<String, CatalogueItem> map = new LinkedHashMap<>();
      for (CatalogueItem item : CatalogueFormat.parse(read(slug + ".txt"), ecm)) {
        map.put(item.code(), item);
      }
      loaded = java.util.Collections.unmodifiableMap(map);
      items = loaded;
    }
    return loaded;
  }

  private static String read(String resource) {
    try (InputStream in = SelfReviewCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
