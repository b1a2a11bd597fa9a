package org.waymark.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.config.IndexBootstrap;
import org.waymark.query.config.Indices;
import org.waymark.query.status.ProjectionLag;
import org.waymark.query.store.ReadModel;
import org.waymark.query.store.ReadModels;

/**
 * Rebuilds read models from the event history while queries keep answering.
 *
 * <ol>
 *   <li>Each read model of the chosen processing groups gets a new index ({@code …-v<n+1>}) from
 *       its current mapping.
 *   <li>The groups' processors stop, their tokens go back to the start of the topic, and they start
 *       again writing to both indices ({@link Indices#writeIndices}): the new one receives the
 *       whole replay; the old one, still behind the alias, recognises replayed events as already
 *       applied and takes only new ones, so answers stay current.
 *   <li>Once every processor has caught up, one atomic alias update moves every alias to its new
 *       index, and the old indices are deleted.
 * </ol>
 *
 * The replay reads Kafka, so the topic must keep every event (the embedded broker keeps them
 * forever; a real cluster needs {@code retention.ms=-1} on the events topic). A rebuild interrupted
 * by a restart is abandoned safely: {@link IndexBootstrap} deletes the unfinished index.
 */
@Component
public class Rebuilds implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

  private final ElasticsearchClient client;
  private final Indices indices;
  private final IndexBootstrap bootstrap;
  private final EventProcessingConfiguration processing;
  private final ProjectionLag lag;
  private final Clock clock;
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "waymark-rebuild");
            t.setDaemon(true);
            return t;
          });
  private volatile RebuildState state = RebuildState.IDLE;
  private volatile ScheduledFuture<?> watch;

  /** How long a processor may stay behind without progress before the watchdog restarts it. */
  static final java.time.Duration STALL = java.time.Duration.ofSeconds(60);

  /** Per processor: events behind at the last change, and when that was (epoch millis). */
  private final Map<String, long[]> progress = new ConcurrentHashMap<>();

  Rebuilds(
      ElasticsearchClient client,
      Indices indices,
      IndexBootstrap bootstrap,
      EventProcessingConfiguration processing,
      ProjectionLag lag,
      Clock clock) {
    this.client = client;
    this.indices = indices;
    this.bootstrap = bootstrap;
    this.processing = processing;
    this.lag = lag;
    this.clock = clock;
  }

  public RebuildState state() {
    RebuildState s = state;
    if ("RUNNING".equals(s.state())) {
      Long behind = null;
      try {
        behind = lag.current().eventsBehind();
      } catch (RuntimeException e) {
        behind = null;
      }
      return new RebuildState(
          s.state(),
          s.groups(),
          s.indices(),
          s.startedAt(),
          null,
          RebuildState.seconds(s.startedAt(), clock.instant()),
          behind,
          s.documents(),
          null);
    }
    return s;
  }

  public boolean running() {
    return "RUNNING".equals(state.state());
  }

  /**
   * Starts rebuilding the read models of {@code groups} (all when empty).
   *
   * @throws IllegalStateException when a rebuild is already running
   * @throws IllegalArgumentException naming an unknown group
   */
  public synchronized RebuildState start(List<String> groups) throws IOException {
    if (running()) {
      throw new IllegalStateException("a rebuild is already running");
    }
    List<String> chosen = groups.isEmpty() ? ProcessingGroups.ALL : List.copyOf(groups);
    for (String g : chosen) {
      if (!ProcessingGroups.ALL.contains(g)) {
        throw new IllegalArgumentException(g);
      }
    }
    Map<String, String> targets = new LinkedHashMap<>();
    for (String group : chosen) {
      for (ReadModel model : ReadModels.ofGroup(group)) {
        String index = indices.versioned(model, nextGeneration(model));
        bootstrap.create(index, model.mappingResource());
        targets.put(model.name(), index);
      }
    }
    Instant started = clock.instant();
    log.info("Rebuild of {} started into {}", chosen, targets.values());
    List<TrackingEventProcessor> processors = processors(chosen);
    processors.forEach(TrackingEventProcessor::shutDown);
    targets.forEach((name, index) -> indices.writeTo(ReadModels.named(name).orElseThrow(), index));
    // An explicit start on every partition (offset -1: nothing consumed yet), not the source's
    // empty tail token: with the empty token some streams were seen idling with events unread.
    Map<TopicPartition, Long> start = new HashMap<>();
    lag.endOffsets().keySet().forEach(tp -> start.put(tp, -1L));
    KafkaTrackingToken fromTheStart = KafkaTrackingToken.newInstance(start);
    processors.forEach(p -> p.resetTokens(fromTheStart));
    progress.clear();
    processors.forEach(TrackingEventProcessor::start);
    state =
        new RebuildState(
            "RUNNING", chosen, Map.copyOf(targets), started, null, 0.0, null, Map.of(), null);
    watch = watcher.scheduleWithFixedDelay(this::finishWhenCaughtUp, 1, 1, TimeUnit.SECONDS);
    return state;
  }

  private int nextGeneration(ReadModel model) throws IOException {
    String pattern = indices.alias(model) + "-v*";
    Set<String> existing =
        client
            .indices()
            .get(g -> g.index(pattern).ignoreUnavailable(true).allowNoIndices(true))
            .result()
            .keySet();
    int max = model.version() - 1;
    for (String index : existing) {
      max = Math.max(max, bootstrap.versionOf(model, index));
    }
    return max + 1;
  }

  private List<TrackingEventProcessor> processors(List<String> groups) {
    List<TrackingEventProcessor> out = new ArrayList<>();
    for (String g : groups) {
      processing.eventProcessor(g, TrackingEventProcessor.class).ifPresent(out::add);
    }
    return out;
  }

  private synchronized void finishWhenCaughtUp() {
    RebuildState s = state;
    if (!"RUNNING".equals(s.state())) {
      stopWatching();
      return;
    }
    try {
      ProjectionLag.Lag now = lag.current();
      boolean replayed =
          now.processors().stream()
              .filter(p -> s.groups().contains(p.name()))
              .allMatch(p -> p.running() && !p.error() && p.eventsBehind() == 0);
      if (!replayed) {
        restartStalled(s, now);
        return;
      }
      swap(s);
      stopWatching();
    } catch (IOException | RuntimeException e) {
      log.error("Rebuild failed; queries still answer from the previous indices", e);
      abandon(s, e.getMessage());
      stopWatching();
    }
  }

  /**
   * A processor still behind that has not moved for {@link #STALL} is restarted (it resumes from
   * its token): a watchdog for streams seen idling with events unread during large replays.
   */
  private void restartStalled(RebuildState s, ProjectionLag.Lag now) {
    long at = clock.millis();
    for (var p : now.processors()) {
      if (!s.groups().contains(p.name())) {
        continue;
      }
      long[] last = progress.get(p.name());
      if (last == null || last[0] != p.eventsBehind() || p.eventsBehind() == 0) {
        progress.put(p.name(), new long[] {p.eventsBehind(), at});
      } else if (at - last[1] > STALL.toMillis()) {
        log.warn(
            "Rebuild: processor {} has been {} events behind for {} s without progress; restarting"
                + " it",
            p.name(),
            p.eventsBehind(),
            (at - last[1]) / 1000);
        processing
            .eventProcessor(p.name(), TrackingEventProcessor.class)
            .ifPresent(
                tep -> {
                  tep.shutDown();
                  tep.start();
                });
        progress.put(p.name(), new long[] {p.eventsBehind(), clock.millis()});
      }
    }
  }

  private void swap(RebuildState s) throws IOException {
    List<String> newIndices = List.copyOf(s.indices().values());
    client.indices().refresh(r -> r.index(newIndices));
    List<Action> actions = new ArrayList<>();
    Set<String> old = new LinkedHashSet<>();
    Map<String, Long> documents = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : s.indices().entrySet()) {
      ReadModel model = ReadModels.named(e.getKey()).orElseThrow();
      String alias = indices.alias(model);
      Set<String> behind = client.indices().getAlias(a -> a.name(alias)).result().keySet();
      old.addAll(behind);
      for (String b : behind) {
        actions.add(Action.of(a -> a.remove(r -> r.index(b).alias(alias))));
      }
      actions.add(Action.of(a -> a.add(ad -> ad.index(e.getValue()).alias(alias))));
      documents.put(e.getKey(), client.count(c -> c.index(e.getValue())).count());
    }
    client.indices().updateAliases(u -> u.actions(actions));
    for (String name : s.indices().keySet()) {
      indices.writeTo(ReadModels.named(name).orElseThrow(), null);
    }
    old.removeAll(s.indices().values());
    if (!old.isEmpty()) {
      client.indices().delete(d -> d.index(List.copyOf(old)));
    }
    Instant finished = clock.instant();
    state =
        new RebuildState(
            "DONE",
            s.groups(),
            s.indices(),
            s.startedAt(),
            finished,
            RebuildState.seconds(s.startedAt(), finished),
            0L,
            Map.copyOf(documents),
            null);
    log.info("Rebuild done in {} s: aliases moved to {}", state.seconds(), s.indices().values());
  }

  private void stopWatching() {
    ScheduledFuture<?> w = watch;
    if (w != null) {
      w.cancel(false);
    }
  }

  private void abandon(RebuildState s, String error) {
    for (String name : s.indices().keySet()) {
      indices.writeTo(ReadModels.named(name).orElseThrow(), null);
    }
    Instant finished = clock.instant();
    state =
        new RebuildState(
            "FAILED",
            s.groups(),
            s.indices(),
            s.startedAt(),
            finished,
            RebuildState.seconds(s.startedAt(), finished),
            null,
            Map.of(),
            error);
  }

  @Override
  public void destroy() {
    watcher.shutdownNow();
  }
}
