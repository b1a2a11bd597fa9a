package org.waymark.infra.search;

import java.nio.file.Path;

/**
 * A stand-in for an application: starts a search node, prints its pid, then waits to be killed. Run
 * in its own JVM by {@link SearchNodeParentDeathIT}.
 */
public final class ParentProcessMain {

  static final String PID_PREFIX = "search-node-pid=";

  private ParentProcessMain() {}

  public static void main(String[] args) throws InterruptedException {
    SearchNode node = SearchNode.start(SearchNodeSettings.defaults(Path.of(args[0])));
    System.out.println(PID_PREFIX + node.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
