package org.waymark.query.store;

/**
 * One read model: an Elasticsearch index ({@code <prefix>-<name>-v<version>}) behind an alias
 * ({@code <prefix>-<name>}), filled by the projectors of one processing group. Its mapping is the
 * resource {@code elasticsearch/<name>-v<version>.json}.
 *
 * @param name the index's name within the deployment's prefix
 * @param version the mapping's version; a changed mapping gets a new version and a rebuild
 * @param group the processing group (tracking processor) that writes it
 */
public record ReadModel(String name, int version, String group) {
  public String mappingResource() {
    return mappingResource(version);
  }

  public String mappingResource(int v) {
    return "elasticsearch/" + name + "-v" + v + ".json";
  }
}
