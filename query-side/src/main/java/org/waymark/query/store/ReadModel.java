package org.waymark.query.store;

/**
 * One read model: an Elasticsearch index ({@code <prefix>-<name>-v<version>}) behind an alias
 * ({@code <prefix>-<name>}), filled by the projectors of one processing group. Its mapping is the
 * resource {@code elasticsearch/<name>-v<version>.json}.
 *
 * @param name the index's name within the deployment's prefix
 * @param version the mapping's version; a changed mapping gets a new version and a rebuild
 * @param group the processing group (tracking processor) that writes it
 * @param readableFrom the oldest version whose index this code still reads and writes: a changed
 *     mapping that older documents cannot answer raises it, and at start-up an older index behind
 *     the alias is replaced by an empty one of {@code version} that the group fills by replaying
 *     the history ({@code IndexBootstrap})
 */
public record ReadModel(String name, int version, String group, int readableFrom) {
  public ReadModel {
    if (readableFrom < 1 || readableFrom > version) {
      throw new IllegalArgumentException(
          name
              + ": readableFrom must be between 1 and version "
              + version
              + ", was "
              + readableFrom);
    }
  }

  /** A model whose every version's index this code reads. */
  public ReadModel(String name, int version, String group) {
    this(name, version, group, 1);
  }

  public String mappingResource() {
    return mappingResource(version);
  }

  public String mappingResource(int v) {
    return "elasticsearch/" + name + "-v" + v + ".json";
  }
}
