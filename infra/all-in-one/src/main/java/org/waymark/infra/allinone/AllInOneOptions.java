package org.waymark.infra.allinone;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command-line and environment settings of the all-in-one (CONTRACT.md, "Running the all-in-one").
 *
 * @param noDemo {@code --no-demo}: start empty rather than loading the demo dataset
 */
record AllInOneOptions(int port, Path dataDir, boolean noDemo, boolean help) {
  static final String USAGE =
      """
      Usage: waymark up [--no-demo]
        Starts Waymark on its embedded default (PostgreSQL, Kafka, Elasticsearch and both sides).
        WAYMARK_PORT       HTTP port on 127.0.0.1 (default 8080)
        WAYMARK_DATA_DIR   where all state lives (default ./data)
        WAYMARK_SEARCH_JAVA_HOME  Java 21+ runtime for the search node (found automatically)""";

  static AllInOneOptions parse(String[] args, Map<String, String> env) {
    boolean noDemo = false;
    boolean help = false;
    for (String a : args) {
      switch (a) {
        case "--no-demo" -> noDemo = true;
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
      }
    }
    int port = 8080;
    String portText = env.get("WAYMARK_PORT");
    if (portText != null && !portText.isBlank()) {
      try {
        port = Integer.parseInt(portText.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "WAYMARK_PORT must be a port number, not '" + portText + "'");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("WAYMARK_PORT must be between 1 and 65535");
      }
    }
    String dir = env.get("WAYMARK_DATA_DIR");
    Path dataDir =
        dir == null || dir.isBlank() ? WaymarkAllInOne.defaultDataDir() : Path.of(dir.strip());
    return new AllInOneOptions(port, dataDir, noDemo, help);
  }
}
