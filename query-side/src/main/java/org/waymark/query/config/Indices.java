package org.waymark.query.config;

import org.springframework.stereotype.Component;

/**
 * Index names in one place: each read model is a versioned index ({@code <prefix>-learners-v1})
 * behind an alias ({@code <prefix>-learners}) that queries and projectors use, so a rebuild can
 * fill a new version and move the alias.
 */
@Component
public class Indices {
  public static final String LEARNERS = "learners";
  public static final int LEARNERS_VERSION = 1;

  private final String prefix;

  public Indices(QuerySideProperties properties) {
    this.prefix = properties.indexPrefix();
  }

  public String alias(String readModel) {
    return prefix + "-" + readModel;
  }

  public String versioned(String readModel, int version) {
    return alias(readModel) + "-v" + version;
  }

  /** Pattern matching every index of this deployment. */
  public String all() {
    return prefix + "-*";
  }
}
