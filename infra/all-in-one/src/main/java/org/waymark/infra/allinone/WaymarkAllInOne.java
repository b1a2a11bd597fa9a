package org.waymark.infra.allinone;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.access.account.BootstrapAdmin;
import org.waymark.command.CommandSideApplication;
import org.waymark.infra.allinone.dashboards.DashboardPagesConfiguration;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesSettings;
import org.waymark.query.QuerySideApplication;

/**
 * The all-in-one: embedded PostgreSQL, Kafka and Elasticsearch, then the command side and the query
 * side in one Spring context, serving the whole API on one port. Ctrl-C (or SIGTERM) closes the
 * context and then stops every service it started; a failed start stops them too.
 *
 * <p>Settings: {@code WAYMARK_PORT} (default 8080), {@code WAYMARK_DATA_DIR} (default {@code
 * ./data}), {@code WAYMARK_SEARCH_JAVA_HOME} (a Java 21+ runtime for the search node; found
 * automatically otherwise).
 */
public final class WaymarkAllInOne {
  private static final Logger log = LoggerFactory.getLogger(WaymarkAllInOne.class);

  /** The one database of the embedded default: event store and token store. */
  public static final String DATABASE = "waymark";

  public static final String TOPIC = "waymark-events";

  /** Partitions of the events topic; the publisher keys by aggregate id, keeping its order. */
  public static final int PARTITIONS = 4;

  private WaymarkAllInOne() {}

  public static void main(String[] args) {
    AllInOneOptions options = AllInOneOptions.parse(args, System.getenv());
    if (options.help()) {
      System.out.println(AllInOneOptions.USAGE);
      return;
    }
    EmbeddedServices services =
        EmbeddedServices.start(EmbeddedServicesSettings.persistentAt(options.dataDir()));
    System.out.println("Embedded services started; process ids " + services.pids());
    ConfigurableApplicationContext context;
    try {
      services.createTopics(PARTITIONS, TOPIC);
      context = start(services, options.port(), DATABASE, TOPIC, "waymark");
    } catch (RuntimeException e) {
      log.error("Waymark failed to start; stopping the embedded services", e);
      services.close();
      System.exit(1);
      return;
    }
    // The services' own shutdown hook closes the context first, then stops the services.
    services.closeFirst(context::close);
    String base = "http://127.0.0.1:" + options.port();
    try {
      String configured = System.getenv("WAYMARK_BOOTSTRAP_ADMIN_PASSWORD");
      String adminPassword =
          configured != null && !configured.isBlank()
              ? configured
              : context.getBean(BootstrapAdmin.class).takeCreatedPassword().orElse(null);
      DemoLoader demo =
          new DemoLoader(base, options.dataDir(), System.out, Clock.systemUTC(), adminPassword);
      if (demo.shouldLoad(options.noDemo())) {
        demo.load();
      }
    } catch (IOException | RuntimeException e) {
      // The platform itself is up; a demo that failed to load is reported, not fatal.
      log.error("The demo dataset could not be loaded", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    System.out.printf(
        "%nWaymark is up.%n  API:        %s/api/v1/%n  Status:     %s/api/v1/projections/status%n"
            + "  Dashboards: %s/dashboards%n"
            + "  OpenAPI:    %s/v3/api-docs%n"
            + "  Metrics:    %s/actuator/prometheus%n"
            + "  Data:       %s%n  Stop with Ctrl-C.%n%n",
        base, base, base, base, base, options.dataDir().toAbsolutePath());
  }

  /**
   * Starts both sides in one context against the given services: the launcher and the end-to-end
   * tests share this, so the tests exercise the wiring the user runs.
   */
  public static ConfigurableApplicationContext start(
      EmbeddedServices services, int port, String database, String topic, String indexPrefix) {
    return start(services, port, database, topic, indexPrefix, Map.of());
  }

  /** As above, with further settings (tests: a known bootstrap password, a JWT key). */
  public static ConfigurableApplicationContext start(
      EmbeddedServices services,
      int port,
      String database,
      String topic,
      String indexPrefix,
      Map<String, Object> settings) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.config.name", "waymark-all-in-one");
    p.put("server.port", port);
    p.put("spring.datasource.url", services.jdbcUrl(database));
    p.put("spring.datasource.username", services.jdbcUsername());
    p.put("spring.datasource.password", services.jdbcPassword());
    p.put("spring.elasticsearch.uris", services.elasticsearchUrl());
    p.put("axon.kafka.bootstrap-servers", services.kafkaBootstrapServers());
    p.put("waymark.kafka.topic", topic);
    p.put("waymark.query.topic", topic);
    p.put("waymark.query.index-prefix", indexPrefix);
    p.put(
        "waymark.privacy.master-key-file",
        services.settings().dataDir().resolve("master.key").toString());
    p.putAll(settings);
    return new SpringApplicationBuilder(
            CommandSideApplication.class,
            QuerySideApplication.class,
            DashboardPagesConfiguration.class)
        .properties(p)
        .registerShutdownHook(false)
        .run();
  }

  /** Where the data lives when nothing says otherwise. */
  static Path defaultDataDir() {
    return Path.of("data");
  }
}
