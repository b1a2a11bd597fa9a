package org.waymark.infra.embedded;

import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The in-JVM broker logs through the application's SLF4J backend, at INFO a few hundred lines per
 * start. Raise the broker's loggers to WARN: directly where the backend is Logback (unless the
 * application configured the logger itself), and as {@code logging.level.<logger>=WARN} system
 * properties (unless already set) because Spring Boot resets Logback when a context starts and then
 * applies the {@code logging.level.*} it finds, system properties included. To see the broker's
 * INFO lines, pass e.g. {@code -Dlogging.level.kafka=INFO}: system properties outrank
 * application.yml.
 */
final class KafkaLogLevels {

  /**
   * The broker's own loggers; the application's Kafka clients ({@code org.apache.kafka.clients})
   * keep theirs.
   */
  static final List<String> BROKER_LOGGERS =
      List.of(
          "kafka",
          "state.change.logger",
          "org.apache.kafka.server",
          "org.apache.kafka.controller",
          "org.apache.kafka.raft",
          "org.apache.kafka.metadata",
          "org.apache.kafka.image",
          "org.apache.kafka.queue",
          "org.apache.kafka.storage",
          "org.apache.kafka.coordinator",
          "org.apache.kafka.security",
          "org.apache.kafka.common.utils.AppInfoParser",
          "org.apache.kafka.common.metrics",
          "org.apache.kafka.clients.admin.AdminClientConfig",
          "org.apache.zookeeper");

  private KafkaLogLevels() {}

  static void quietBrokerLoggers() {
    for (String name : BROKER_LOGGERS) {
      System.getProperties().putIfAbsent("logging.level." + name, "WARN");
    }
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (isLogback(factory)) {
      Logback.quiet(factory);
    }
  }

  private static boolean isLogback(ILoggerFactory factory) {
    try {
      return Class.forName("ch.qos.logback.classic.LoggerContext").isInstance(factory);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when Logback is present. */
  private static final class Logback {
    static void quiet(ILoggerFactory factory) {
      var context = (ch.qos.logback.classic.LoggerContext) factory;
      for (String name : BROKER_LOGGERS) {
        var logger = context.getLogger(name);
        if (logger.getLevel() == null) {
          logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
      }
    }
  }
}
