package org.waymark.query.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.waymark.query.store.ReadModel;

/**
 * Index names in one place. Each read model is a versioned index ({@code <prefix>-learners-v2})
 * behind an alias ({@code <prefix>-learners}). Queries always read through the alias. Projectors
 * write to the model's <em>write index</em>, which is the index behind the alias except while a
 * rebuild fills a new version: then writes go to the new index and queries keep reading the old one
 * until the alias moves.
 */
@Component
public class Indices {
  private final String prefix;
  private final Map<String, String> writeIndices = new ConcurrentHashMap<>();

  public Indices(QuerySideProperties properties) {
    this.prefix = properties.indexPrefix();
  }

  public String alias(ReadModel model) {
    return prefix + "-" + model.name();
  }

  public String versioned(ReadModel model, int version) {
    return alias(model) + "-v" + version;
  }

  /** Where projectors write (and read back what they wrote): the rebuild's index first, if any. */
  public List<String> writeIndices(ReadModel model) {
    String rebuilding = writeIndices.get(model.name());
    return rebuilding == null ? List.of(alias(model)) : List.of(rebuilding, alias(model));
  }

  /**
   * Also sends the model's writes to {@code index} (a rebuild's new version); {@code null} stops.
   */
  public void writeTo(ReadModel model, String index) {
    if (index == null) {
      writeIndices.remove(model.name());
    } else {
      writeIndices.put(model.name(), index);
    }
  }

  /** Pattern matching every index of this deployment. */
  public String all() {
    return prefix + "-*";
  }
}
