package org.waymark.infra.embedded;

import java.nio.file.Path;
import java.time.Duration;
import org.waymark.infra.search.SearchNode;
import org.waymark.infra.search.SearchNodeSettings;

/** The Elasticsearch node of infra/search-node: a child JVM on Java 21+, ours to stop. */
final class SearchService implements AutoCloseable {

  private final SearchNode node;

  private SearchService(SearchNode node) {
    this.node = node;
  }

  static SearchService start(EmbeddedServicesSettings settings, Path dataDir) {
    // Port 0: the node binds a free port itself and reports it, so there is no race to lose.
    SearchNodeSettings nodeSettings =
        new SearchNodeSettings(
            dataDir, settings.searchJavaHome(), 0, settings.startTimeout(), settings.searchHeap());
    return new SearchService(SearchNode.start(nodeSettings));
  }

  String url() {
    return node.httpUrl();
  }

  long pid() {
    return node.pid();
  }

  @Override
  public void close() {
    long pid = node.pid();
    node.close();
    // SearchNode.close returns at once when its own shutdown hook is already stopping the node (at
    // JVM exit both hooks run): wait as long as it would, then make sure the child is gone.
    ProcessHandle.of(pid).ifPresent(h -> Processes.awaitExit(h, Duration.ofSeconds(30)));
    Processes.terminate(pid, Duration.ofSeconds(10));
  }
}
