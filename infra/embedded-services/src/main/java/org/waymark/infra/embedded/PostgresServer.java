package org.waymark.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL from zonky's binaries. pg_ctl daemonizes the postmaster, so it is not our child: its
 * pid comes from {@code postmaster.pid} and {@link #close()} makes sure that pid is gone.
 */
final class PostgresServer implements AutoCloseable {

  static final String USERNAME = "postgres";
  // initdb runs with "-A trust": any password is accepted; this one is what clients are told.
  static final String PASSWORD = "postgres";

  private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final int ATTEMPTS = 3;

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final long pid;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDir, long pid) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.pid = pid;
  }

  static PostgresServer start(Path dataDir, Duration timeout) throws IOException {
    Files.createDirectories(dataDir);
    refuseIfInUse(dataDir);
    stopLeftoverPostmaster(dataDir);
    IOException lastFailure = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      int port = FreePorts.next();
      EmbeddedPostgres postgres;
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // We own the lifecycle (and its shutdown hook): one hook stops everything in order.
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(timeout)
                .setServerConfig("listen_addresses", "localhost")
                .start();
      } catch (IOException | RuntimeException e) {
        // Most likely the port was taken between choosing and binding it; a fresh one is tried.
        lastFailure = e instanceof IOException io ? io : new IOException(e);
        log.warn(
            "PostgreSQL did not start on port {} (attempt {}): {}", port, attempt, e.toString());
        stopLeftoverPostmaster(dataDir);
        // zonky keeps its lock on epg-lock after a failed start; a new file is a new lock.
        Files.deleteIfExists(dataDir.resolve("epg-lock"));
        continue;
      }
      Optional<Long> pid = readPostmasterPid(dataDir);
      if (pid.isEmpty()) {
        postgres.close();
        throw new IOException("PostgreSQL started but " + dataDir + "/postmaster.pid has no pid");
      }
      return new PostgresServer(postgres, dataDir, pid.get());
    }
    throw lastFailure;
  }

  int port() {
    return postgres.getPort();
  }

  long pid() {
    return pid;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Creates {@code database} unless it exists. Names are lower-case identifiers, no quoting. */
  synchronized String createDatabaseIfMissing(String database) {
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "Database name '"
              + database
              + "' must be a lower-case identifier: a letter, then letters, digits or _ (63 max)");
    }
    try (Connection connection = connect("postgres")) {
      try (PreparedStatement exists =
          connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        exists.setString(1, database);
        try (ResultSet rows = exists.executeQuery()) {
          if (rows.next()) {
            return jdbcUrl(database);
          }
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + database);
      } catch (SQLException e) {
        // 42P04 duplicate_database: another process created it between our check and CREATE.
        if (!"42P04".equals(e.getSQLState())) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new EmbeddedServicesException("Could not create database " + database, e);
    }
    return jdbcUrl(database);
  }

  private Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USERNAME);
    properties.setProperty("password", PASSWORD);
    return DriverManager.getConnection(jdbcUrl(database), properties);
  }

  @Override
  public void close() {
    try {
      postgres.close(); // pg_ctl stop -m fast -w
    } catch (IOException | RuntimeException e) {
      log.warn("pg_ctl stop failed for {}: {}", dataDir, e.toString());
    }
    if (!Processes.terminate(pid, Duration.ofSeconds(15))) {
      log.error("PostgreSQL postmaster {} is still running after SIGKILL", pid);
    }
  }

  static Optional<Long> readPostmasterPid(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * zonky holds a lock on {@code epg-lock} while its JVM runs PostgreSQL on this directory. If we
   * cannot take it, another live run (a second launcher on the same ./data) owns the directory:
   * refuse rather than treat its postmaster as a leftover.
   */
  private static void refuseIfInUse(Path dataDir) throws IOException {
    Path lockFile = dataDir.resolve("epg-lock");
    if (!Files.exists(lockFile)) {
      return;
    }
    boolean inUse;
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      inUse = lock == null;
    } catch (OverlappingFileLockException e) {
      inUse = true; // held in this very JVM
    }
    if (inUse) {
      throw new EmbeddedServicesException(
          "The PostgreSQL data directory "
              + dataDir
              + " is in use by another running process; stop it or use another data directory");
    }
  }

  /**
   * A JVM killed with SIGKILL cannot stop its postmaster; the next start on the same persistent
   * directory would then fail. Stop such a leftover if it is really a postgres process.
   */
  private static void stopLeftoverPostmaster(Path dataDir) {
    readPostmasterPid(dataDir)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(
            h -> {
              log.warn(
                  "Stopping PostgreSQL {} left running on {} by an earlier run", h.pid(), dataDir);
              Processes.terminate(h.pid(), Duration.ofSeconds(15));
            });
  }
}
