package org.waymark.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL, Kafka and Elasticsearch on this machine, no Docker: what the all-in-one launcher
 * runs on and what every integration test talks to.
 *
 * <p>PostgreSQL and Elasticsearch are separate processes; their pids are in {@link #pids()}. Kafka
 * runs inside this JVM. {@link #close()} stops all three and is also run by a JVM shutdown hook, so
 * a SIGTERM (Ctrl-C) leaves no process behind; a failed {@link #start} stops whatever had started.
 */
public final class EmbeddedServices implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

  /** Beyond each service's own start timeout, before we stop waiting for its start task. */
  private static final Duration START_GRACE = Duration.ofSeconds(60);

  private final EmbeddedServicesSettings settings;
  private final Thread shutdownHook;
  private final Object lock = new Object();
  private final List<CompletableFuture<?>> starting = new ArrayList<>();
  private final Deque<AutoCloseable> dependents = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile PostgresServer postgres;
  private volatile KafkaBroker kafka;
  private volatile SearchService search;
  private DataDirLock dataDirLock;
  private boolean closed;

  private EmbeddedServices(EmbeddedServicesSettings settings) {
    this.settings = settings;
    this.shutdownHook = new Thread(this::close, "waymark-embedded-services-shutdown");
  }

  /**
   * Starts PostgreSQL, Kafka and Elasticsearch in parallel, each waiting for readiness within
   * {@link EmbeddedServicesSettings#startTimeout()}. If any fails, those already started are
   * stopped before the exception is thrown.
   */
  public static EmbeddedServices start(EmbeddedServicesSettings settings) {
    EmbeddedServices services = new EmbeddedServices(settings);
    try {
      services.startAll();
      return services;
    } catch (RuntimeException | Error e) {
      services.close();
      throw e;
    }
  }

  private void startAll() {
    Path dataDir = settings.dataDir();
    // Before anything starts: a second launcher on the same ./data must not touch the first's
    // services (nor, through PostgreSQL's leftover-postmaster check, stop them).
    dataDirLock = DataDirLock.acquire(dataDir);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    long began = System.nanoTime();
    Duration timeout = settings.startTimeout();
    log.info(
        "Starting PostgreSQL, Kafka and Elasticsearch under {} ({})",
        dataDir,
        settings.persistent() ? "persistent" : "throwaway");
    ExecutorService pool = Executors.newFixedThreadPool(3, daemonThreads());
    try {
      List<CompletableFuture<Void>> tasks;
      synchronized (lock) {
        if (closed) {
          // The shutdown hook ran before anything was submitted: start nothing it cannot see.
          throw new EmbeddedServicesException("Embedded services were stopped while starting");
        }
        tasks =
            List.of(
                submit(
                    pool,
                    "PostgreSQL",
                    () -> {
                      postgres = PostgresServer.start(dataDir.resolve("postgres"), timeout);
                      return "localhost:" + postgres.port() + " (pid " + postgres.pid() + ")";
                    }),
                submit(
                    pool,
                    "Kafka",
                    () -> {
                      kafka = KafkaBroker.start(dataDir.resolve("kafka"), timeout);
                      return kafka.bootstrapServers() + " (KRaft, in this JVM)";
                    }),
                submit(
                    pool,
                    "Elasticsearch",
                    () -> {
                      search = SearchService.start(settings, dataDir.resolve("elasticsearch"));
                      return search.url() + " (pid " + search.pid() + ")";
                    }));
        starting.addAll(tasks);
      }
      List<Throwable> failures = awaitAll(tasks, timeout.plus(START_GRACE));
      if (!failures.isEmpty()) {
        EmbeddedServicesException failure =
            new EmbeddedServicesException(
                "Embedded services did not start: " + failures.get(0).getMessage(),
                failures.get(0));
        failures.stream().skip(1).forEach(failure::addSuppressed);
        throw failure;
      }
      synchronized (lock) {
        if (closed) {
          throw new EmbeddedServicesException("Embedded services were stopped while starting");
        }
      }
      log.info("Embedded services ready in {}", seconds(System.nanoTime() - began));
    } finally {
      pool.shutdown();
    }
  }

  private CompletableFuture<Void> submit(
      ExecutorService pool, String service, Callable<String> start) {
    return CompletableFuture.runAsync(
        () -> {
          long began = System.nanoTime();
          try {
            String address = start.call();
            log.info("{} ready on {} in {}", service, address, seconds(System.nanoTime() - began));
          } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new EmbeddedServicesException(service + " did not start: " + message, e);
          }
        },
        pool);
  }

  private static List<Throwable> awaitAll(List<CompletableFuture<Void>> tasks, Duration timeout) {
    List<Throwable> failures = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    for (CompletableFuture<Void> task : tasks) {
      try {
        task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        failures.add(e.getCause());
      } catch (TimeoutException e) {
        failures.add(new EmbeddedServicesException("A service start did not finish in " + timeout));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.add(e);
      }
    }
    return failures;
  }

  /** A JDBC URL for {@code database} (a lower-case identifier), created first if it is missing. */
  public String jdbcUrl(String database) {
    return running(postgres, "PostgreSQL").createDatabaseIfMissing(database);
  }

  public String jdbcUsername() {
    return PostgresServer.USERNAME;
  }

  public String jdbcPassword() {
    return PostgresServer.PASSWORD;
  }

  public String kafkaBootstrapServers() {
    return running(kafka, "Kafka").bootstrapServers();
  }

  /** Creates the topics that do not exist yet; existing topics are left untouched. */
  public void createTopics(int partitions, String... topics) {
    running(kafka, "Kafka").createTopics(partitions, topics);
  }

  public String elasticsearchUrl() {
    return running(search, "Elasticsearch").url();
  }

  /**
   * Every process we started and must stop: the PostgreSQL postmaster and the Elasticsearch JVM.
   */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    PostgresServer pg = postgres;
    SearchService es = search;
    if (pg != null) {
      pids.add(pg.pid());
    }
    if (es != null) {
      pids.add(es.pid());
    }
    return List.copyOf(pids);
  }

  public EmbeddedServicesSettings settings() {
    return settings;
  }

  boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  private <T> T running(T service, String name) {
    if (isClosed()) {
      throw new IllegalStateException("Embedded services are stopped");
    }
    if (service == null) {
      throw new IllegalStateException(name + " is not running");
    }
    return service;
  }

  /**
   * Registers something that uses these services and must stop before them, such as the application
   * context: {@link #close()} — also when run by the shutdown hook on SIGTERM or Ctrl-C — closes
   * dependents first, the latest registered first, so they never see the services vanish under
   * them. One hook orders the whole shutdown; a second hook would race this one.
   */
  public void closeFirst(AutoCloseable dependent) {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the embedded services are already stopped");
      }
      dependents.push(dependent);
    }
  }

  /**
   * Closes the dependents registered with {@link #closeFirst}, then stops Elasticsearch, Kafka and
   * PostgreSQL (in parallel) and, for throwaway settings, deletes the data directory. Idempotent; a
   * second caller waits until the first has finished.
   */
  @Override
  public void close() {
    List<CompletableFuture<?>> inFlight;
    synchronized (lock) {
      if (closed) {
        awaitStopped();
        return;
      }
      closed = true;
      inFlight = List.copyOf(starting);
    }
    try {
      if (Thread.currentThread() != shutdownHook) {
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
          // The JVM is already shutting down, or the hook was never added: nothing to remove.
        }
      }
      closeDependents();
      long began = System.nanoTime();
      // A SIGTERM during start: let the starts finish so that what they started is stopped too.
      awaitAll(
          inFlight.stream().map(f -> f.<Void>thenApply(x -> null)).toList(),
          settings.startTimeout().plus(START_GRACE));
      List<Thread> stoppers = new ArrayList<>();
      stoppers.add(stopper("Elasticsearch", search));
      stoppers.add(stopper("Kafka", kafka));
      stoppers.add(stopper("PostgreSQL", postgres));
      for (Thread stopper : stoppers) {
        joinQuietly(stopper);
      }
      if (dataDirLock != null) {
        dataDirLock.release();
      }
      if (!settings.persistent() && dataDirLock != null) {
        deleteRecursively(settings.dataDir());
      }
      log.info("Embedded services stopped in {}", seconds(System.nanoTime() - began));
    } finally {
      stopped.countDown();
    }
  }

  private void closeDependents() {
    List<AutoCloseable> toClose;
    synchronized (lock) {
      toClose = List.copyOf(dependents);
      dependents.clear();
    }
    for (AutoCloseable dependent : toClose) {
      try {
        dependent.close();
      } catch (Exception e) {
        log.error("Could not close {} before stopping the services", dependent, e);
      }
    }
  }

  private static Thread stopper(String name, AutoCloseable service) {
    Thread thread =
        new Thread(
            () -> {
              if (service == null) {
                return;
              }
              try {
                service.close();
              } catch (Exception e) {
                log.error("Could not stop {}", name, e);
              }
            },
            "waymark-stop-" + name.toLowerCase(Locale.ROOT));
    thread.start();
    return thread;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitStopped() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      log.warn("Could not delete {}: {}", dir, e.toString());
    }
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "waymark-start-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public String toString() {
    return "EmbeddedServices[" + settings.dataDir() + ", pids " + pids() + "]";
  }
}
