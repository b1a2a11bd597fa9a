package org.waymark.infra.search.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Entry point of the child JVM (Java 21+) that runs the Elasticsearch node.
 *
 * <p>Elasticsearch 9 is Java 21 bytecode and this class is compiled by our Java 17 build, so every
 * Elasticsearch call goes through reflection: javac never sees an Elasticsearch class, and the
 * handful of public, exported entry points used here (the same ones Elasticsearch's own launcher
 * uses) are looked up by name at run time. This class uses nothing but the JDK and lives in the
 * unnamed module, which reads every module that {@code --add-modules ALL-MODULE-PATH} resolves.
 *
 * <p>Arguments: {@code <home> <configDir>}. {@code home} holds {@code modules/} (the unpacked
 * distribution); {@code configDir} holds this node's {@code elasticsearch.yml} and {@code
 * log4j2.properties}, written by the parent.
 *
 * <p>Lifetime: the parent keeps this process's stdin open. End of stdin, whether the parent closed
 * it to stop the node or the parent died (the OS closes the pipe even on {@code kill -9}), stops
 * the node and halts the JVM, so no orphan outlives its parent.
 */
public final class SearchNodeMain {

  static final String STARTED_MARKER = "waymark-search-node: started";
  private static final long STOP_GRACE_SECONDS = 10;

  private static volatile Object node;

  private SearchNodeMain() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SearchNodeMain <home> <configDir>");
      Runtime.getRuntime().halt(2);
    }
    if (Runtime.version().feature() < 21) {
      System.err.println(
          "The Elasticsearch node needs Java 21 or newer; this JVM is " + Runtime.version());
      Runtime.getRuntime().halt(3);
    }
    watchParent(System.in);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(SearchNodeMain::stopNode, "waymark-search-node-shutdown"));
    try {
      node = startNode(Path.of(args[0]), Path.of(args[1]));
      System.out.println(STARTED_MARKER);
      System.out.flush();
      // Elasticsearch's threads are daemons: like its own launcher, keep one thread that is not,
      // or the JVM would exit right here. Only the parent watcher (or a signal) ends the process.
      new CountDownLatch(1).await();
    } catch (Throwable e) {
      System.err.println("waymark-search-node: the Elasticsearch node failed to start");
      unwrap(e).printStackTrace();
      System.err.flush();
      Runtime.getRuntime().halt(1);
    }
  }

  private static Object startNode(Path home, Path configDir) throws Exception {
    // Elasticsearch's logging facade must be wired to log4j before any other Elasticsearch class
    // loads (settings parsing already logs); the configuration file is applied once the
    // environment is known.
    Class<?> logConfigurator = Class.forName("org.elasticsearch.common.logging.LogConfigurator");
    logConfigurator.getMethod("registerErrorListener").invoke(null);
    logConfigurator.getMethod("configureESLogging").invoke(null);

    Class<?> settingsClass = Class.forName("org.elasticsearch.common.settings.Settings");
    Object builder = settingsClass.getMethod("builder").invoke(null);
    builder
        .getClass()
        .getMethod("put", String.class, String.class)
        .invoke(builder, "path.home", home.toString());
    Object initialSettings = builder.getClass().getMethod("build").invoke(builder);

    // Reads configDir/elasticsearch.yml on top of path.home, as the real launcher does.
    Supplier<String> defaultNodeName = () -> "waymark-search-node";
    Object environment =
        Class.forName("org.elasticsearch.node.InternalSettingsPreparer")
            .getMethod("prepareEnvironment", settingsClass, Map.class, Path.class, Supplier.class)
            .invoke(null, initialSettings, Map.of(), configDir, defaultNodeName);
    Class<?> environmentClass = environment.getClass();

    logConfigurator
        .getMethod("configure", environmentClass, boolean.class)
        .invoke(null, environment, true);

    Path modulesDir = (Path) environmentClass.getMethod("modulesDir").invoke(environment);
    Class<?> pluginsLoaderClass = Class.forName("org.elasticsearch.plugins.PluginsLoader");
    Object moduleBundles =
        pluginsLoaderClass
            .getMethod("loadModulesBundles", Path.class, boolean.class)
            .invoke(null, modulesDir, false);
    // Module plugins such as transport-netty4 need the server's qualified exports: this overload
    // sets them up (the four-argument one can switch them off). No plugin needs native access.
    Method createPluginsLoader =
        pluginsLoaderClass.getMethod("createPluginsLoader", Set.class, Set.class, Map.class);
    Object pluginsLoader = createPluginsLoader.invoke(null, moduleBundles, Set.of(), Map.of());

    Class<?> nodeClass = Class.forName("org.elasticsearch.node.Node");
    Object created =
        nodeClass
            .getConstructor(environmentClass, pluginsLoaderClass)
            .newInstance(environment, pluginsLoader);
    node = created;
    nodeClass.getMethod("start").invoke(created);
    return created;
  }

  private static void watchParent(InputStream stdin) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (stdin.read(buffer) >= 0) {
                  // The parent never writes; anything it might is ignored.
                }
              } catch (IOException e) {
                // A broken pipe means the same as end of input: the parent is gone.
              }
              System.out.println("waymark-search-node: stdin closed, stopping");
              stopNode();
              Runtime.getRuntime().halt(0);
            },
            "waymark-search-node-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static synchronized void stopNode() {
    Object running = node;
    node = null;
    if (running == null) {
      return;
    }
    // Whatever happens while closing, the JVM does not outlive the grace period by much.
    Thread deadline =
        new Thread(
            () -> {
              try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(STOP_GRACE_SECONDS + 5));
              } catch (InterruptedException e) {
                return;
              }
              Runtime.getRuntime().halt(0);
            },
            "waymark-search-node-stop-deadline");
    deadline.setDaemon(true);
    deadline.start();
    try {
      running.getClass().getMethod("close").invoke(running);
      running
          .getClass()
          .getMethod("awaitClose", long.class, TimeUnit.class)
          .invoke(running, STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (Throwable e) {
      System.err.println("waymark-search-node: error while stopping the node");
      unwrap(e).printStackTrace();
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while (current instanceof InvocationTargetException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
