package org.waymark.infra.embedded;

import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands integration tests the embedded services: started once per test JVM on throwaway
 * directories, stopped when the test run ends (the root extension store closes) or, at the latest,
 * by the services' JVM shutdown hook.
 *
 * <p>Each test class gets its own {@link TestNamespace}: database, topic and index prefix. A
 * {@code @Nested} class shares the namespace of the class that encloses it, as it shares its Spring
 * context. Spring Boot tests can call {@link #namespaceFor(Class)} from a
 * {@code @DynamicPropertySource} method, which runs before this extension's {@code beforeAll}: the
 * services start on first use either way.
 */
public final class EmbeddedServicesExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace STORE =
      ExtensionContext.Namespace.create(EmbeddedServicesExtension.class);
  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_BASE_LENGTH = 40;

  private static final Object LOCK = new Object();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<Class<?>, TestNamespace> NAMESPACES = new HashMap<>();
  private static final Set<String> NAMES = new HashSet<>();
  private static EmbeddedServices services;
  private static RuntimeException startFailure;
  private static boolean closeRegistered;

  /** The services of this test JVM, started on first call. */
  public static EmbeddedServices services() {
    synchronized (LOCK) {
      if (startFailure != null) {
        // Each test class would otherwise wait for its own doomed start: fail them all at once.
        throw new EmbeddedServicesException(
            "The embedded services failed to start earlier in this test JVM: "
                + startFailure.getMessage(),
            startFailure);
      }
      if (services == null || services.isClosed()) {
        try {
          services = EmbeddedServices.start(EmbeddedServicesSettings.throwaway());
        } catch (RuntimeException e) {
          startFailure = e;
          throw e;
        }
        closeRegistered = false;
        NAMESPACES.clear();
        NAMES.clear();
      }
      return services;
    }
  }

  /** The namespace of {@code testClass} (of its outermost class for {@code @Nested} classes). */
  public static TestNamespace namespaceFor(Class<?> testClass) {
    Class<?> owner = owningClass(testClass);
    synchronized (LOCK) {
      EmbeddedServices current = services();
      TestNamespace namespace = NAMESPACES.get(owner);
      if (namespace == null) {
        String name = uniqueName(owner);
        String jdbcUrl = current.jdbcUrl(name);
        current.createTopics(TestNamespace.TOPIC_PARTITIONS, name);
        namespace = new TestNamespace(name, name, name + "-", name, jdbcUrl);
        NAMESPACES.put(owner, namespace);
      }
      return namespace;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    EmbeddedServices current;
    synchronized (LOCK) {
      current = services();
      if (!closeRegistered) {
        // Registered once, in the first root that uses the services: a nested engine run (e.g.
        // EngineTestKit) ending must not stop services the outer run still uses.
        context.getRoot().getStore(STORE).put(CloseServices.class, new CloseServices(current));
        closeRegistered = true;
      }
    }
    namespaceFor(context.getRequiredTestClass());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EmbeddedServices.class || type == TestNamespace.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == EmbeddedServices.class) {
      return services();
    }
    return namespaceFor(context.getRequiredTestClass());
  }

  private static Class<?> owningClass(Class<?> testClass) {
    Class<?> owner = testClass;
    while (owner.getEnclosingClass() != null && !Modifier.isStatic(owner.getModifiers())) {
      owner = owner.getEnclosingClass();
    }
    return owner;
  }

  private static String uniqueName(Class<?> owner) {
    String base = baseName(owner);
    String name;
    do {
      StringBuilder suffix = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        suffix.append(NAME_CHARS.charAt(RANDOM.nextInt(NAME_CHARS.length())));
      }
      name = base + "_" + suffix;
    } while (!NAMES.add(name));
    return name;
  }

  /**
   * A name valid as an unquoted PostgreSQL identifier, a Kafka topic and the start of an
   * Elasticsearch index: lower-case letters and digits, starting with a letter.
   */
  static String baseName(Class<?> owner) {
    String base = owner.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "t" + base;
    }
    return base.length() > MAX_BASE_LENGTH ? base.substring(0, MAX_BASE_LENGTH) : base;
  }

  /** Stops the services when the root extension store closes at the end of the test run. */
  private record CloseServices(EmbeddedServices services)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      services.close();
    }
  }
}
