package org.waymark.infra.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch home assembled by the build (lib/, modules/transport-netty4/, config/,
 * bootstrap/), shipped as a zip resource of this jar and unpacked once into a cache directory named
 * after the zip's SHA-256, so that any JVM holding this jar (plain classpath or inside a Spring
 * Boot fat jar) can run the node. Unpacking goes to a private directory first and is renamed into
 * place, so concurrent JVMs never see a half-unpacked home.
 */
final class SearchNodeDistribution {

  static final String CACHE_DIR_PROPERTY = "waymark.search.cache-dir";
  static final String CACHE_DIR_ENV = "WAYMARK_SEARCH_CACHE_DIR";

  private static final Logger log = LoggerFactory.getLogger(SearchNodeDistribution.class);
  private static final String RESOURCE_DIR = "/org/waymark/infra/search/distribution/";
  private static final String ZIP = RESOURCE_DIR + "search-node.zip";
  private static final String PROPERTIES = RESOURCE_DIR + "search-node.properties";
  private static final String COMPLETE_MARKER = ".complete";
  private static final Duration UNUSED_RETENTION = Duration.ofDays(7);

  private final String elasticsearchVersion;
  private final String sha256;

  private SearchNodeDistribution(String elasticsearchVersion, String sha256) {
    this.elasticsearchVersion = elasticsearchVersion;
    this.sha256 = sha256;
  }

  static SearchNodeDistribution fromClasspath() {
    Properties properties = new Properties();
    try (InputStream in = SearchNodeDistribution.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new SearchNodeException(
            "The Elasticsearch distribution is missing from the classpath ("
                + PROPERTIES
                + "): the waymark-search-node jar was not built by its Maven build"
                + " (process-classes assembles it).");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new SearchNodeException("Cannot read " + PROPERTIES, e);
    }
    return new SearchNodeDistribution(
        properties.getProperty("elasticsearch.version"), properties.getProperty("sha256"));
  }

  String elasticsearchVersion() {
    return elasticsearchVersion;
  }

  /** The unpacked home, unpacking it first if this version is not in the cache yet. */
  Path home() {
    Path cacheRoot = cacheRoot();
    Path home =
        cacheRoot.resolve("elasticsearch-" + elasticsearchVersion + "-" + sha256.substring(0, 16));
    if (Files.isRegularFile(home.resolve(COMPLETE_MARKER))) {
      markUsed(home);
      return home;
    }
    try {
      Files.createDirectories(cacheRoot);
      Path staging = cacheRoot.resolve(home.getFileName() + ".tmp-" + UUID.randomUUID());
      long started = System.nanoTime();
      unzip(staging);
      Files.createDirectories(staging.resolve("plugins"));
      Files.createFile(staging.resolve(COMPLETE_MARKER));
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        log.info(
            "Unpacked Elasticsearch {} for the search node into {} in {} ms",
            elasticsearchVersion,
            home,
            (System.nanoTime() - started) / 1_000_000);
        pruneUnused(cacheRoot, home);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        deleteTree(staging); // another JVM won the race, or a stale incomplete home is in the way
        if (!Files.isRegularFile(home.resolve(COMPLETE_MARKER))) {
          throw new SearchNodeException(
              "The search node cache " + home + " is incomplete; delete it and retry", e);
        }
      } catch (IOException e) {
        deleteTree(staging);
        if (!Files.isRegularFile(home.resolve(COMPLETE_MARKER))) {
          throw e;
        }
      }
      return home;
    } catch (IOException | UncheckedIOException e) {
      throw new SearchNodeException(
          "Cannot unpack the Elasticsearch distribution into "
              + home
              + " (set "
              + CACHE_DIR_ENV
              + " or -D"
              + CACHE_DIR_PROPERTY
              + " to a writable directory)",
          e);
    }
  }

  private void unzip(Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    try (InputStream resource = SearchNodeDistribution.class.getResourceAsStream(ZIP)) {
      if (resource == null) {
        throw new IOException("resource " + ZIP + " is missing");
      }
      try (ZipInputStream zip = new ZipInputStream(resource)) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Path path = root.resolve(entry.getName()).normalize();
          if (!path.startsWith(root)) {
            throw new IOException("zip entry outside the target: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(path);
          } else {
            Files.createDirectories(path.getParent());
            Files.copy(zip, path);
          }
        }
      }
    }
  }

  /** Records that this home was used now, so that pruning leaves it alone. */
  private static void markUsed(Path home) {
    try {
      Files.setLastModifiedTime(home.resolve(COMPLETE_MARKER), FileTime.from(Instant.now()));
    } catch (IOException e) {
      // a read-only cache still works; it is just never pruned
    }
  }

  /**
   * Deletes other unpacked distributions (older builds or versions) not used for a week, so a
   * developer's cache does not grow with every upgrade. Recently used ones may belong to another
   * checkout or a running node and are kept.
   */
  private static void pruneUnused(Path cacheRoot, Path current) {
    Instant cutoff = Instant.now().minus(UNUSED_RETENTION);
    try (Stream<Path> siblings = Files.list(cacheRoot)) {
      siblings
          .filter(p -> !p.equals(current))
          .filter(p -> p.getFileName().toString().startsWith("elasticsearch-"))
          .filter(p -> lastUsed(p).isBefore(cutoff))
          .forEach(
              p -> {
                log.info(
                    "Deleting the search node distribution {}, unused since {}", p, lastUsed(p));
                deleteTree(p);
              });
    } catch (IOException e) {
      log.debug("Could not prune {}: {}", cacheRoot, e.toString());
    }
  }

  private static Instant lastUsed(Path home) {
    Path marker = home.resolve(COMPLETE_MARKER);
    try {
      return Files.getLastModifiedTime(Files.exists(marker) ? marker : home).toInstant();
    } catch (IOException e) {
      return Instant.now();
    }
  }

  static Path cacheRoot() {
    String configured = System.getProperty(CACHE_DIR_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(CACHE_DIR_ENV);
    }
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    String xdgCache = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdgCache != null && !xdgCache.isBlank()
            ? Path.of(xdgCache)
            : Path.of(System.getProperty("user.home"), ".cache");
    Path preferred = base.resolve("waymark").resolve("search-node");
    if (writable(preferred)) {
      return preferred;
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "waymark-search-node-" + System.getProperty("user.name", "user"));
  }

  private static boolean writable(Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.isWritable(dir);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
