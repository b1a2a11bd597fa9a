package org.waymark.infra.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java 21+ runtime for the Elasticsearch node.
 *
 * <p>Order: the explicit setting, the system property {@value #JAVA_HOME_PROPERTY}, the environment
 * variable {@value #JAVA_HOME_ENV} (the first of these three that is set is authoritative: if it is
 * not a Java 21+ runtime, that is an error, not a reason to guess), then {@code JAVA_HOME} and the
 * running JVM's {@code java.home} if either is 21+, then the newest 21+ runtime found by scanning
 * the usual installation directories. A runtime is recognised by its {@code release} file's {@code
 * JAVA_VERSION} and an executable {@code bin/java}.
 */
final class JavaRuntimeLocator {

  static final int MINIMUM_FEATURE_VERSION = 21;
  static final String JAVA_HOME_PROPERTY = "waymark.search.java-home";
  static final String JAVA_HOME_ENV = "WAYMARK_SEARCH_JAVA_HOME";

  private static final Pattern JAVA_HOME_VERSIONED_ENV = Pattern.compile("JAVA_HOME_\\d+.*");
  private static final Pattern LEADING_NUMBERS = Pattern.compile("^(\\d+)(?:\\.(\\d+))?");

  /** A Java installation: its home, its {@code JAVA_VERSION} and that version's feature number. */
  record JavaRuntime(Path home, String version, int featureVersion) {

    Path javaExecutable() {
      boolean windows = System.getProperty("os.name", "").startsWith("Windows");
      return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    @Override
    public String toString() {
      return home + " (Java " + version + ")";
    }
  }

  private final Function<String, String> systemProperties;
  private final Map<String, String> environment;
  private final List<Path> scanRoots;

  JavaRuntimeLocator(
      Function<String, String> systemProperties,
      Map<String, String> environment,
      List<Path> scanRoots) {
    this.systemProperties = systemProperties;
    this.environment = Map.copyOf(environment);
    this.scanRoots = List.copyOf(scanRoots);
  }

  /** A locator reading this JVM's system properties and environment, scanning the usual places. */
  static JavaRuntimeLocator forThisMachine() {
    return new JavaRuntimeLocator(System::getProperty, System.getenv(), defaultScanRoots());
  }

  JavaRuntime locate(Optional<Path> explicitJavaHome) {
    List<String> lookedIn = new ArrayList<>();

    Optional<Configured> configured = configured(explicitJavaHome);
    if (configured.isPresent()) {
      Path home = configured.get().home();
      Optional<JavaRuntime> runtime = read(home);
      lookedIn.add(describe(configured.get().source() + " " + home, runtime));
      return runtime
          .filter(JavaRuntimeLocator::suitable)
          .orElseThrow(() -> new JavaRuntimeNotFoundException(lookedIn));
    }

    for (String source : List.of("JAVA_HOME", "java.home")) {
      String value =
          source.equals("JAVA_HOME") ? environment.get(source) : systemProperties.apply(source);
      if (value == null || value.isBlank()) {
        continue;
      }
      Optional<JavaRuntime> runtime = read(Path.of(value));
      lookedIn.add(describe(source + " " + value, runtime));
      if (runtime.filter(JavaRuntimeLocator::suitable).isPresent()) {
        return runtime.get();
      }
    }

    Set<Path> candidates = new LinkedHashSet<>();
    environment.entrySet().stream()
        .filter(e -> JAVA_HOME_VERSIONED_ENV.matcher(e.getKey()).matches())
        .map(e -> Path.of(e.getValue()))
        .forEach(candidates::add);
    for (Path root : scanRoots) {
      if (Files.isDirectory(root)) {
        candidates.addAll(installationsUnder(root));
        lookedIn.add(root.toString());
      }
    }
    Optional<JavaRuntime> newest =
        candidates.stream()
            .map(JavaRuntimeLocator::read)
            .flatMap(Optional::stream)
            .filter(JavaRuntimeLocator::suitable)
            .max(NEWEST);
    if (newest.isPresent()) {
      return newest.get();
    }
    candidates.stream()
        .map(home -> read(home).map(JavaRuntime::toString))
        .flatMap(Optional::stream)
        .distinct()
        .forEach(lookedIn::add);
    throw new JavaRuntimeNotFoundException(lookedIn);
  }

  /** Reads {@code home/release}; empty if there is no readable release file or no bin/java. */
  static Optional<JavaRuntime> read(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String version = unquote(properties.getProperty("JAVA_VERSION", ""));
    OptionalInt feature = parseFeatureVersion(version);
    if (feature.isEmpty()) {
      return Optional.empty();
    }
    JavaRuntime runtime = new JavaRuntime(normalize(home), version, feature.getAsInt());
    return Files.isExecutable(runtime.javaExecutable()) ? Optional.of(runtime) : Optional.empty();
  }

  /**
   * The feature (major) number of a {@code JAVA_VERSION}: {@code "21.0.2"} and {@code "21"} give
   * 21, {@code "25-ea"} 25, and the legacy {@code "1.8.0_392"} 8.
   */
  static OptionalInt parseFeatureVersion(String javaVersion) {
    Matcher matcher = LEADING_NUMBERS.matcher(unquote(javaVersion == null ? "" : javaVersion));
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    int first = Integer.parseInt(matcher.group(1));
    if (first == 1 && matcher.group(2) != null) {
      return OptionalInt.of(Integer.parseInt(matcher.group(2)));
    }
    return OptionalInt.of(first);
  }

  static List<Path> defaultScanRoots() {
    List<Path> roots = new ArrayList<>();
    Stream.of(
            "/usr/lib/jvm",
            "/usr/java",
            "/usr/local/java",
            "/opt/java",
            "/opt/jdk",
            "/opt",
            "/usr/local/opt",
            "/opt/homebrew/opt",
            "/Library/Java/JavaVirtualMachines",
            "C:\\Program Files\\Java",
            "C:\\Program Files\\Eclipse Adoptium")
        .map(Path::of)
        .forEach(roots::add);
    String userHome = System.getProperty("user.home");
    if (userHome != null) {
      Path home = Path.of(userHome);
      Stream.of(
              ".sdkman/candidates/java",
              ".jdks",
              ".gradle/jdks",
              ".asdf/installs/java",
              ".local/share/mise/installs/java",
              "Library/Java/JavaVirtualMachines")
          .map(home::resolve)
          .forEach(roots::add);
    }
    return roots;
  }

  private Optional<Configured> configured(Optional<Path> explicitJavaHome) {
    if (explicitJavaHome.isPresent()) {
      return Optional.of(new Configured("the javaHome setting", explicitJavaHome.get()));
    }
    String property = systemProperties.apply(JAVA_HOME_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(
          new Configured("system property " + JAVA_HOME_PROPERTY, Path.of(property)));
    }
    String env = environment.get(JAVA_HOME_ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(new Configured("environment variable " + JAVA_HOME_ENV, Path.of(env)));
    }
    return Optional.empty();
  }

  private record Configured(String source, Path home) {}

  /** Each directory under the root, plus macOS's Contents/Home and Homebrew's layout inside it. */
  private static List<Path> installationsUnder(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Path> homes = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      children
          .filter(Files::isDirectory)
          .sorted()
          .forEach(
              child -> {
                homes.add(child);
                homes.add(child.resolve("Contents/Home"));
                homes.add(child.resolve("libexec/openjdk.jdk/Contents/Home"));
              });
    } catch (IOException | SecurityException e) {
      return List.of();
    }
    return homes;
  }

  private static final Comparator<JavaRuntime> NEWEST =
      Comparator.comparingInt(JavaRuntime::featureVersion)
          .thenComparing(
              JavaRuntimeLocator::parsedOrNull, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static Runtime.Version parsedOrNull(JavaRuntime runtime) {
    try {
      return Runtime.Version.parse(runtime.version());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean suitable(JavaRuntime runtime) {
    return runtime.featureVersion() >= MINIMUM_FEATURE_VERSION;
  }

  private static String describe(String place, Optional<JavaRuntime> runtime) {
    return place
        + runtime.map(r -> " (Java " + r.version() + ")").orElse(" (no Java runtime there)");
  }

  private static Path normalize(Path home) {
    try {
      return home.toRealPath();
    } catch (IOException e) {
      return home.toAbsolutePath().normalize();
    }
  }

  private static String unquote(String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }
}
