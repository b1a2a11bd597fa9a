package org.waymark.infra.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node, single-node cluster on 127.0.0.1, running in a child Java 21+ JVM.
 *
 * <p>The Java runtime is found as follows: {@link SearchNodeSettings#javaHome()}, else the system
 * property {@code waymark.search.java-home}, else the environment variable {@code
 * WAYMARK_SEARCH_JAVA_HOME} (whichever of these is set must be Java 21+), else {@code JAVA_HOME} or
 * this JVM if 21+, else the newest 21+ runtime under the usual directories ({@code /usr/lib/jvm},
 * SDKMAN, macOS, ...). If there is none, {@link #start} throws {@link JavaRuntimeNotFoundException}
 * and starts nothing.
 *
 * <p>The child's stdin is a pipe from this JVM; the child stops its node and exits when the pipe
 * closes, which {@link #close()} does and which the operating system does when this JVM dies in any
 * way, so the node never outlives its parent.
 *
 * <p>The node's console (its log at INFO) goes to {@code <dataDir>/logs/search-node.log}; the
 * previous run's log is kept as {@code search-node.log.1}.
 */
public final class SearchNode implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchNode.class);

  static final String MAIN_CLASS = "org.waymark.infra.search.bootstrap.SearchNodeMain";
  private static final String LOG_FILE = "search-node.log";
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration TERM_TIMEOUT = Duration.ofSeconds(5);
  private static final int LOG_TAIL_LINES = 60;
  private static final Pattern HEALTH_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

  private final Process process;
  private final OutputStream stdin;
  private final Path logFile;
  private final Path javaExecutable;
  private final Thread shutdownHook;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile int httpPort;

  private SearchNode(Process process, Path logFile, Path javaExecutable) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.logFile = logFile;
    this.javaExecutable = javaExecutable;
    this.shutdownHook = new Thread(this::close, "waymark-search-node-stop-" + process.pid());
  }

  /**
   * Starts a node and blocks until {@code /_cluster/health} answers yellow or green.
   *
   * @throws JavaRuntimeNotFoundException if no Java 21+ runtime is found (nothing is started)
   * @throws SearchNodeException if the node does not become ready within the start timeout or exits
   *     first; the child has been killed and the message ends with the node's last log lines
   */
  public static SearchNode start(SearchNodeSettings settings) {
    long started = System.nanoTime();
    JavaRuntimeLocator.JavaRuntime java =
        JavaRuntimeLocator.forThisMachine().locate(settings.javaHome());
    SearchNodeDistribution distribution = SearchNodeDistribution.fromClasspath();
    Path home = distribution.home();
    Path dataDir = settings.dataDir().toAbsolutePath().normalize();
    NodeLayout layout = NodeLayout.prepare(dataDir, home, settings);

    List<String> command = command(java, home, layout, settings);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.to(layout.logFile().toFile()));
    // Options meant for the parent's (Java 17) JVMs must not leak into the node's JVM.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SearchNodeException("Cannot launch " + java.javaExecutable(), e);
    }
    SearchNode node = new SearchNode(process, layout.logFile(), java.javaExecutable());
    try {
      Runtime.getRuntime().addShutdownHook(node.shutdownHook);
      node.awaitReady(layout, settings.startTimeout(), started);
    } catch (RuntimeException | Error e) {
      node.kill();
      throw e;
    }
    log.info(
        "Elasticsearch {} search node ready at {} (pid {}, Java {}, started in {} ms, data {}, log {})",
        distribution.elasticsearchVersion(),
        node.httpUrl(),
        node.pid(),
        java.version(),
        (System.nanoTime() - started) / 1_000_000,
        dataDir,
        layout.logFile());
    return node;
  }

  /** The node's HTTP address, e.g. {@code http://127.0.0.1:54321}. */
  public String httpUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  /** The child JVM's process id. */
  public long pid() {
    return process.pid();
  }

  /**
   * Stops the node: closes its stdin (the child stops the node and exits), waits up to 20 s, then
   * terminates it and finally kills it. Idempotent; also run by a shutdown hook of this JVM.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    removeShutdownHook();
    closeStdin();
    if (waitFor(STOP_TIMEOUT)) {
      log.info("Search node at {} (pid {}) stopped", httpUrl(), pid());
      return;
    }
    log.warn("Search node pid {} did not stop within {}; terminating it", pid(), STOP_TIMEOUT);
    process.destroy();
    if (!waitFor(TERM_TIMEOUT)) {
      process.destroyForcibly();
      waitFor(TERM_TIMEOUT);
    }
  }

  private void kill() {
    closed.set(true);
    removeShutdownHook();
    closeStdin();
    process.destroyForcibly();
    waitFor(TERM_TIMEOUT);
  }

  private void awaitReady(NodeLayout layout, Duration timeout, long startedNanos) {
    long deadline = startedNanos + timeout.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String lastProblem = "the node has not written its HTTP port yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure(
            "The Elasticsearch node exited with code "
                + process.exitValue()
                + " before it was ready.");
      }
      if (httpPort == 0) {
        layout.readHttpPort().ifPresent(port -> httpPort = port);
      }
      if (httpPort != 0) {
        Optional<String> status = clusterStatus(http);
        if (status.filter(s -> s.equals("green") || s.equals("yellow")).isPresent()) {
          return;
        }
        lastProblem =
            status
                .map(s -> "the cluster health was " + s)
                .orElse(httpUrl() + "/_cluster/health did not answer");
      }
      sleep(Duration.ofMillis(200));
    }
    throw failure(
        "The Elasticsearch node was not ready within "
            + timeout.toSeconds()
            + " s ("
            + lastProblem
            + "); it has been killed.");
  }

  private Optional<String> clusterStatus(HttpClient http) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(httpUrl() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher matcher = HEALTH_STATUS.matcher(response.body());
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchNodeException("Interrupted while waiting for the search node", e);
    }
  }

  private SearchNodeException failure(String message) {
    return new SearchNodeException(
        message
            + " Java: "
            + javaExecutable
            + ". Last lines of "
            + logFile
            + ":\n"
            + tail(logFile, LOG_TAIL_LINES));
  }

  static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  private static List<String> command(
      JavaRuntimeLocator.JavaRuntime java,
      Path home,
      NodeLayout layout,
      SearchNodeSettings settings) {
    List<String> command = new ArrayList<>();
    command.add(java.javaExecutable().toString());
    command.add("-Xms" + settings.heap());
    command.add("-Xmx" + settings.heap());
    command.add("-Xss1m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:-OmitStackTraceInFastThrow");
    command.add("-Djava.io.tmpdir=" + layout.tmpDir());
    command.add("-Djava.awt.headless=true");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.locale.providers=CLDR");
    // What Elasticsearch's own launcher passes: where its home and config are (native access
    // looks for its libraries under es.path.home), and quiet, Unsafe-free netty and log4j.
    command.add("-Des.path.home=" + home);
    command.add("-Des.path.conf=" + layout.configDir());
    command.add("-Dlog4j.shutdownHookEnabled=false");
    command.add("-Dlog4j2.disable.jmx=true");
    command.add("-Dlog4j2.formatMsgNoLookups=true");
    command.add("-Dio.netty.noUnsafe=true");
    command.add("-Dio.netty.noKeySetOptimization=true");
    command.add("-Dio.netty.recycler.maxCapacityPerThread=0");
    command.add("--module-path");
    command.add(home.resolve("lib").toString());
    command.add("--add-modules");
    command.add("ALL-MODULE-PATH,jdk.incubator.vector");
    command.add(
        "--enable-native-access=ALL-UNNAMED,org.elasticsearch.nativeaccess,"
            + "org.elasticsearch.foreign,org.apache.lucene.core");
    command.add("-cp");
    command.add(home.resolve("bootstrap").toString());
    command.add(MAIN_CLASS);
    command.add(home.toString());
    command.add(layout.configDir().toString());
    return command;
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }

  private void closeStdin() {
    try {
      stdin.close();
    } catch (IOException e) {
      // the child is already gone
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // this JVM is shutting down; the hook runs or has run
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchNodeException("Interrupted while waiting for the search node", e);
    }
  }

  /** The node's directories under its data dir and the configuration written there. */
  record NodeLayout(Path dataDir, Path configDir, Path logsDir, Path tmpDir, Path logFile) {

    static NodeLayout prepare(Path dataDir, Path home, SearchNodeSettings settings) {
      NodeLayout layout =
          new NodeLayout(
              dataDir,
              dataDir.resolve("config"),
              dataDir.resolve("logs"),
              dataDir.resolve("tmp"),
              dataDir.resolve("logs").resolve(LOG_FILE));
      try {
        Files.createDirectories(dataDir.resolve("data"));
        Files.createDirectories(layout.configDir());
        Files.createDirectories(layout.logsDir());
        Files.createDirectories(layout.tmpDir());
        Files.copy(
            home.resolve("config").resolve("log4j2.properties"),
            layout.configDir().resolve("log4j2.properties"),
            StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
            layout.configDir().resolve("elasticsearch.yml"), yaml(nodeSettings(layout, settings)));
        Files.deleteIfExists(layout.logsDir().resolve("http.ports"));
        Files.deleteIfExists(layout.logsDir().resolve("transport.ports"));
        if (Files.exists(layout.logFile())) {
          Files.move(
              layout.logFile(),
              layout.logsDir().resolve(LOG_FILE + ".1"),
              StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new SearchNodeException("Cannot prepare the search node's directory " + dataDir, e);
      }
      return layout;
    }

    /** The port from the ports file the node writes once HTTP is bound ({@code node.portsfile}). */
    Optional<Integer> readHttpPort() {
      Path portsFile = logsDir.resolve("http.ports");
      try {
        for (String line : Files.readAllLines(portsFile, StandardCharsets.UTF_8)) {
          int colon = line.lastIndexOf(':');
          if (colon > 0) {
            return Optional.of(Integer.parseInt(line.substring(colon + 1).trim()));
          }
        }
      } catch (IOException | NumberFormatException e) {
        // not written yet, or being written
      }
      return Optional.empty();
    }

    private static Map<String, String> nodeSettings(
        NodeLayout layout, SearchNodeSettings settings) {
      Map<String, String> node = new LinkedHashMap<>();
      node.put("cluster.name", clusterName(layout.dataDir()));
      node.put("node.name", "waymark-search-node");
      node.put("path.data", layout.dataDir().resolve("data").toString());
      node.put("path.logs", layout.logsDir().toString());
      node.put("network.host", "127.0.0.1");
      node.put("http.port", Integer.toString(settings.httpPort()));
      node.put("transport.port", "0");
      node.put("discovery.type", "single-node");
      node.put("node.portsfile", "true");
      // Small CI and laptop disks must not turn indices read-only.
      node.put("cluster.routing.allocation.disk.threshold_enabled", "false");
      // Tests clean up their index prefixes with wildcards.
      node.put("action.destructive_requires_name", "false");
      return node;
    }

    /** Unique per data directory, stable across restarts of the same one. */
    private static String clusterName(Path dataDir) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(dataDir.toString().getBytes(StandardCharsets.UTF_8));
        return "waymark-search-" + HexFormat.of().formatHex(digest, 0, 6);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String yaml(Map<String, String> settings) {
      StringBuilder yaml =
          new StringBuilder("# Written by Waymark's SearchNode at each start; edits are lost.\n");
      settings.forEach(
          (key, value) ->
              yaml.append(key)
                  .append(": \"")
                  .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                  .append("\"\n"));
      return yaml.toString();
    }
  }
}
