package org.waymark.infra.embedded;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Run by {@link NoOrphanProcessIT} in a JVM of its own: starts the services, prints what it
 * started, then waits to be stopped. {@code --search-java-home DIR} points Elasticsearch at DIR.
 */
public final class OrphanProbeMain {

  private OrphanProbeMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedServicesSettings settings = EmbeddedServicesSettings.throwaway();
    if (args.length == 2 && args[0].equals("--search-java-home")) {
      settings = settings.withSearchJavaHome(Path.of(args[1]));
    }
    System.out.println("DATA " + settings.dataDir());
    try {
      EmbeddedServices services = EmbeddedServices.start(settings);
      System.out.println(
          "PIDS " + services.pids().stream().map(String::valueOf).collect(Collectors.joining(",")));
    } catch (RuntimeException e) {
      System.out.println("START FAILED " + e.getMessage());
    }
    System.out.flush();
    // Stay alive: the test checks what is left while this JVM runs, then stops it with SIGTERM.
    Thread.sleep(Long.MAX_VALUE);
  }
}
