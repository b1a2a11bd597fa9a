package org.waymark.infra.embedded;

import java.nio.file.Path;

/** TEMPORARY: the Elasticsearch node arrives with infra/search-node. */
final class SearchService implements AutoCloseable {

  static SearchService start(EmbeddedServicesSettings settings, Path dataDir) {
    return new SearchService();
  }

  String url() {
    return "http://127.0.0.1:0";
  }

  long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public void close() {}
}
