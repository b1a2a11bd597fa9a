package org.waymark.infra.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker in KRaft mode (one node, broker and controller combined) running inside this
 * JVM from Kafka's own server classes. In-JVM means no process can be orphaned and no classpath has
 * to be assembled at run time; the log directory may be persistent, so a restart keeps topics.
 */
final class KafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
  private static final int NODE_ID = 1;
  private static final String CONTROLLER = "CONTROLLER";
  private static final int ATTEMPTS = 3;

  /** Brokers in this JVM (tests may run two): Kafka's Exit procedures are JVM-wide. */
  private static int running;

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Admin admin;

  private KafkaBroker(KafkaRaftServer server, String bootstrapServers, Admin admin) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.admin = admin;
  }

  static KafkaBroker start(Path logDir, Duration timeout) throws Exception {
    Files.createDirectories(logDir);
    KafkaLogLevels.quietBrokerLoggers();
    // Kafka's server calls Exit.halt on fatal errors: in our JVM that would kill the application
    // without its shutdown hooks and orphan PostgreSQL and Elasticsearch. Fail loudly instead.
    synchronized (KafkaBroker.class) {
      if (running++ == 0) {
        Exit.setHaltProcedure(KafkaBroker::refuseToExit);
        Exit.setExitProcedure(KafkaBroker::refuseToExit);
      }
    }
    try {
      formatOnce(logDir);
      Exception lastFailure = null;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        try {
          return startOn(logDir, brokerPort, controllerPort, timeout);
        } catch (TimeoutException e) {
          throw new EmbeddedServicesException("Kafka was not ready within " + timeout, e);
        } catch (Exception e) {
          // Usually a port taken between choosing and binding it: try fresh ports.
          lastFailure = e;
          log.warn(
              "Kafka did not start on ports {}/{} (attempt {}): {}",
              brokerPort,
              controllerPort,
              attempt,
              e.toString());
        }
      }
      throw lastFailure;
    } catch (Exception | Error e) {
      released();
      throw e;
    }
  }

  private static KafkaBroker startOn(
      Path logDir, int brokerPort, int controllerPort, Duration timeout) throws Exception {
    String bootstrap = "127.0.0.1:" + brokerPort;
    KafkaRaftServer server =
        new KafkaRaftServer(
            KafkaConfig.fromProps(brokerProperties(logDir, brokerPort, controllerPort), false),
            Time.SYSTEM);
    long deadline = System.nanoTime() + timeout.toNanos();
    CompletableFuture<Void> startup =
        CompletableFuture.runAsync(server::startup, daemonExecutor("kafka-startup"));
    try {
      startup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      stop(server);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof ExecutionException ee && ee.getCause() instanceof Exception cause
          ? cause
          : e;
    }
    Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "waymark-embedded-admin"));
    try {
      long remaining = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      admin.describeCluster().nodes().get(remaining, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      admin.close(Duration.ZERO);
      stop(server);
      throw e;
    }
    return new KafkaBroker(server, bootstrap, admin);
  }

  private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    p.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:"
            + brokerPort
            + ","
            + CONTROLLER
            + "://127.0.0.1:"
            + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("controller.listener.names", CONTROLLER);
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    // A single node: every internal topic has one replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("num.partitions", "1");
    // Consumers join at once instead of waiting 3 s for more members: tests stay fast.
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics are replayed from the start when a token store is reset: never expire records.
    p.put("log.retention.ms", "-1");
    // Defaults sized for a dedicated server (128 MB cleaner buffer, 8 I/O threads) would take that
    // from the application's heap and cores.
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    p.put("num.io.threads", "2");
    p.put("num.network.threads", "2");
    p.put("background.threads", "2");
    return p;
  }

  /** Formats the log directory the first time only, so a persistent directory keeps its data. */
  private static void formatOnce(Path logDir) throws Exception {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setPrintStream(print)
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName(CONTROLLER)
          .run();
    }
    log.debug("Formatted {}: {}", logDir, output.toString(StandardCharsets.UTF_8).trim());
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates each missing topic with {@code partitions} partitions; existing ones are left as they
   * are.
   */
  void createTopics(int partitions, String... topics) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    List<NewTopic> wanted = new ArrayList<>();
    for (String topic : Set.copyOf(Arrays.asList(topics))) {
      wanted.add(new NewTopic(topic, partitions, (short) 1));
    }
    List<String> failures = new ArrayList<>();
    admin
        .createTopics(wanted)
        .values()
        .forEach(
            (topic, result) -> {
              try {
                result.get(30, TimeUnit.SECONDS);
              } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                  failures.add(topic + ": " + e.getCause());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(topic + ": interrupted");
              } catch (TimeoutException e) {
                failures.add(topic + ": not created within 30 s");
              }
            });
    if (!failures.isEmpty()) {
      throw new EmbeddedServicesException("Could not create Kafka topics " + failures);
    }
    awaitLeaders(Set.copyOf(Arrays.asList(topics)), Duration.ofSeconds(30));
  }

  /**
   * The controller acknowledges a new topic before the broker has loaded it; a client arriving in
   * between sees UNKNOWN_TOPIC_OR_PARTITION. Return only once every partition has a leader.
   */
  private void awaitLeaders(Set<String> topics, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      try {
        var descriptions = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
        boolean led =
            descriptions.values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (led) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddedServicesException("Interrupted waiting for topics " + topics, e);
      } catch (ExecutionException | TimeoutException e) {
        last = e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddedServicesException("Interrupted waiting for topics " + topics, e);
      }
    }
    throw new EmbeddedServicesException(
        "Topics " + topics + " had no leader within " + timeout, last);
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
    stop(server);
    released();
  }

  private static synchronized void released() {
    if (--running == 0) {
      Exit.resetHaltProcedure();
      Exit.resetExitProcedure();
    }
  }

  private static void stop(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      log.warn("Kafka did not shut down cleanly: {}", e.toString());
    }
  }

  private static void refuseToExit(int status, String message) {
    throw new IllegalStateException(
        "The embedded Kafka broker asked to end the JVM (status " + status + "): " + message);
  }

  private static java.util.concurrent.Executor daemonExecutor(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }
}
