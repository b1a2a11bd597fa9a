package org.waymark.query.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.elasticsearch.client.ResponseException;
import org.springframework.stereotype.Component;
import org.waymark.query.config.Conflicts;
import org.waymark.query.config.Indices;

/**
 * The one way read models are written and read.
 *
 * <p>Writes are read-modify-write of whole documents, made idempotent by the event's position: a
 * document is read back (a realtime get, which sees every earlier write without a refresh), left
 * alone when it already holds an event at or after this one, and otherwise written with external
 * versioning equal to the position, so Elasticsearch itself refuses a stale or repeated write (ADR
 * 0002). Reads go through the alias; writes through the {@linkplain Indices#writeIndices write
 * indices} (two while a rebuild runs).
 *
 * <p>Meters: {@code waymark.elasticsearch.write} (bulk and single writes) and {@code
 * waymark.elasticsearch.read} (query reads), tagged only by read model.
 */
@Component
public class DocumentStore {
  /** Hits per search page; Elasticsearch's default result window. */
  static final int PAGE = 10_000;

  private final ElasticsearchClient client;
  private final Indices indices;
  private final MeterRegistry meters;
  private final Map<ReadModel, ReadCounters> readCounters = new ConcurrentHashMap<>();

  public DocumentStore(ElasticsearchClient client, Indices indices, MeterRegistry meters) {
    this.client = client;
    this.indices = indices;
    this.meters = meters;
  }

  public ElasticsearchClient client() {
    return client;
  }

  public Indices indices() {
    return indices;
  }

  /**
   * Applies {@code change} to the document {@code id} unless it already holds this event. {@code
   * change} gets the current document (empty when there is none) and returns the next one, or
   * {@code null} to write nothing.
   *
   * @return true when the document was written
   */
  public <T extends Positioned> boolean update(
      ReadModel model,
      String id,
      Class<T> type,
      EventContext event,
      Function<Optional<T>, T> change)
      throws IOException {
    return updateAll(model, List.of(id), type, event, (i, current) -> change.apply(current)) > 0;
  }

  /**
   * {@link #update} of several documents of one model for one event, with one multi-get and one
   * bulk request.
   *
   * @return how many documents were written
   */
  public <T extends Positioned> int updateAll(
      ReadModel model,
      Collection<String> ids,
      Class<T> type,
      EventContext event,
      BiFunction<String, Optional<T>, T> change)
      throws IOException {
    if (ids.isEmpty()) {
      return 0;
    }
    int writtenFirst = -1;
    for (String index : indices.writeIndices(model)) {
      int written = updateIn(model, index, ids, type, event, change);
      if (writtenFirst < 0) {
        writtenFirst = written;
      }
    }
    return writtenFirst;
  }

  private <T extends Positioned> int updateIn(
      ReadModel model,
      String index,
      Collection<String> ids,
      Class<T> type,
      EventContext event,
      BiFunction<String, Optional<T>, T> change)
      throws IOException {
    PendingWrites pending = pending();
    BatchReads ahead = pending == null ? null : batchReads(false);
    Map<String, T> current = new LinkedHashMap<>();
    List<String> toFetch = new ArrayList<>();
    int readAhead = 0;
    for (String id : ids) {
      PendingWrites.Pending p = pending == null ? null : pending.get(index, id);
      Optional<T> before = p != null || ahead == null ? null : ahead.get(index, id, type);
      if (p != null) {
        current.put(id, type.cast(p.doc()));
      } else if (before != null) {
        before.ifPresent(doc -> current.put(id, doc));
        readAhead++;
      } else {
        toFetch.add(id);
      }
    }
    if (!toFetch.isEmpty()) {
      current.putAll(getAll(index, toFetch, type));
    }
    if (pending != null) {
      ReadCounters counters = readCounters.computeIfAbsent(model, this::readCounters);
      counters.ahead().increment(readAhead);
      counters.fetched().increment(toFetch.size());
    }
    Map<String, T> next = new LinkedHashMap<>();
    boolean duplicate = false;
    for (String id : ids) {
      T doc = current.get(id);
      if (doc != null && doc.position() >= event.position()) {
        duplicate = true;
        continue;
      }
      T changed = change.apply(id, Optional.ofNullable(doc));
      if (changed != null) {
        next.put(id, changed);
      }
    }
    int written = stage(model, index, next, event.position());
    if (duplicate || written > 0 || !next.isEmpty()) {
      ProjectionOutcome.wrote(written > 0);
    }
    return written;
  }

  /**
   * Writes a document that one event makes whole (an audit entry), versioned by its position.
   *
   * @return false when it was already there
   */
  public boolean insert(ReadModel model, String id, Object doc, long position) throws IOException {
    boolean first = true;
    boolean applied = false;
    for (String index : indices.writeIndices(model)) {
      PendingWrites pending = pending();
      PendingWrites.Pending staged = pending == null ? null : pending.get(index, id);
      int written =
          staged != null && staged.position() >= position
              ? 0
              : stage(model, index, Map.of(id, doc), position);
      ProjectionOutcome.wrote(written > 0);
      if (first) {
        applied = written > 0;
        first = false;
      }
    }
    return applied;
  }

  /**
   * Inside a processor's batch the writes wait in the batch's {@link PendingWrites} and go in one
   * bulk request when the batch ends ({@link #flushPending}, or at the latest when its unit of work
   * prepares to commit, before the token is stored for good); outside a batch they go at once.
   */
  private int stage(ReadModel model, String index, Map<String, ?> docs, long position)
      throws IOException {
    PendingWrites pending = pending();
    if (pending == null) {
      return write(model, index, docs, position);
    }
    docs.forEach((id, doc) -> pending.put(index, id, doc, position));
    return docs.size();
  }

  private static final String PENDING = PendingWrites.class.getName();

  private PendingWrites pending() {
    if (!CurrentUnitOfWork.isStarted()) {
      return null;
    }
    UnitOfWork<?> root = CurrentUnitOfWork.get().root();
    return root.getOrComputeResource(
        PENDING,
        k -> {
          PendingWrites created = new PendingWrites();
          root.onPrepareCommit(
              u -> {
                try {
                  flush(created);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
          return created;
        });
  }

  /** Ids per mget request when a batch is read ahead. */
  static final int READ_AHEAD_CHUNK = 1_000;

  private static final String READS = BatchReads.class.getName();

  /**
   * Reads ahead, for the processor batch of the current unit of work, every document {@code
   * readers} name for {@code payloads} in the models of {@code group}: one realtime multi-get per
   * write index (in chunks of {@value #READ_AHEAD_CHUNK} ids), kept until the batch ends. {@link
   * #update} and {@link #updateAll} then take a document from the batch's pending writes first,
   * then from what was read ahead, and fetch only what neither holds. Realtime reads see every
   * write of earlier batches, and nothing of this batch has been sent yet (its writes wait for
   * {@link #flushPending}), so what was read ahead is what a get at the event would have returned
   * for every document the batch has not itself changed.
   *
   * <p>Outside a unit of work it does nothing.
   */
  public void readAhead(String group, List<?> payloads, List<ReadAhead> readers)
      throws IOException {
    if (!CurrentUnitOfWork.isStarted() || readers.isEmpty()) {
      return;
    }
    Map<ReadModel, Map<Class<? extends Positioned>, Set<String>>> named = new LinkedHashMap<>();
    ReadAhead.Documents documents =
        (model, id, type) -> {
          if (model.group().equals(group)) {
            named
                .computeIfAbsent(model, m -> new LinkedHashMap<>())
                .computeIfAbsent(type, t -> new LinkedHashSet<>())
                .add(id);
          }
        };
    for (Object payload : payloads) {
      for (ReadAhead reader : readers) {
        reader.reads(payload, documents);
      }
    }
    if (named.isEmpty()) {
      return;
    }
    BatchReads reads = batchReads(true);
    for (var byModel : named.entrySet()) {
      for (String index : indices.writeIndices(byModel.getKey())) {
        for (var byType : byModel.getValue().entrySet()) {
          List<String> ids = List.copyOf(byType.getValue());
          for (int from = 0; from < ids.size(); from += READ_AHEAD_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_AHEAD_CHUNK));
            Map<String, ? extends Positioned> found = getAll(index, chunk, byType.getKey());
            for (String id : chunk) {
              reads.put(index, id, byType.getKey(), Optional.ofNullable(found.get(id)));
            }
          }
        }
      }
    }
  }

  private BatchReads batchReads(boolean create) {
    UnitOfWork<?> root = CurrentUnitOfWork.get().root();
    return create
        ? root.getOrComputeResource(READS, k -> new BatchReads())
        : root.getResource(READS);
  }

  /** {@code waymark.projection.reads} of one model: documents read ahead, and fetched. */
  private record ReadCounters(Counter ahead, Counter fetched) {}

  private ReadCounters readCounters(ReadModel model) {
    return new ReadCounters(readCounter(model, "ahead"), readCounter(model, "fetched"));
  }

  private Counter readCounter(ReadModel model, String how) {
    return Counter.builder("waymark.projection.reads")
        .description(
            "Documents a processor batch read before changing them: read ahead for the whole"
                + " batch, or fetched one event at a time")
        .tag("model", model.name())
        .tag("how", how)
        .register(meters);
  }

  /** Sends the current batch's pending writes now (the processing interceptor's last message). */
  public void flushPending() throws IOException {
    if (CurrentUnitOfWork.isStarted()) {
      PendingWrites p = CurrentUnitOfWork.get().root().getResource(PENDING);
      if (p != null) {
        flush(p);
      }
    }
  }

  private void flush(PendingWrites pending) throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    Timer.Sample sample = Timer.start(meters);
    Map<String, Map<String, PendingWrites.Pending>> all = pending.drain();
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    all.forEach(
        (index, docs) ->
            docs.forEach(
                (id, p) ->
                    bulk.operations(
                        o ->
                            o.index(
                                i ->
                                    i.index(index)
                                        .id(id)
                                        .document(p.doc())
                                        .versionType(VersionType.External)
                                        .version(p.position())))));
    try {
      check(client.bulk(bulk.build()), "batch");
    } finally {
      sample.stop(
          Timer.builder("waymark.elasticsearch.bulk")
              .description("Bulk requests that end a processor batch")
              .publishPercentileHistogram()
              .register(meters));
    }
  }

  private int check(BulkResponse response, String where) throws IOException {
    int written = 0;
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null) {
        written++;
      } else if (!"version_conflict_engine_exception".equals(item.error().type())) {
        throw new IOException(
            "Elasticsearch refused a write to "
                + item.index()
                + " ("
                + item.id()
                + ", "
                + where
                + "): "
                + item.error().type()
                + ": "
                + item.error().reason());
      }
    }
    return written;
  }

  private int write(ReadModel model, String index, Map<String, ?> docs, long position)
      throws IOException {
    if (docs.isEmpty()) {
      return 0;
    }
    Timer.Sample sample = Timer.start(meters);
    try {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      docs.forEach(
          (id, doc) ->
              bulk.operations(
                  o ->
                      o.index(
                          i ->
                              i.index(index)
                                  .id(id)
                                  .document(doc)
                                  .versionType(VersionType.External)
                                  .version(position))));
      BulkResponse response;
      try {
        response = client.bulk(bulk.build());
      } catch (ElasticsearchException | ResponseException e) {
        if (Conflicts.isVersionConflict(e)) {
          return 0;
        }
        throw e;
      }
      return check(response, index);
    } finally {
      sample.stop(timer("waymark.elasticsearch.write", model, "Read-model bulk writes"));
    }
  }

  private <T> Map<String, T> getAll(String index, Collection<String> ids, Class<T> type)
      throws IOException {
    Map<String, T> found = new LinkedHashMap<>();
    var response = client.mget(m -> m.index(index).ids(List.copyOf(ids)).realtime(true), type);
    for (MultiGetResponseItem<T> item : response.docs()) {
      if (item.isResult() && item.result().found() && item.result().source() != null) {
        found.put(item.result().id(), item.result().source());
      }
    }
    return found;
  }

  /** One document by id, read through the alias. */
  public <T> Optional<T> find(ReadModel model, String id, Class<T> type) throws IOException {
    Timer.Sample sample = Timer.start(meters);
    try {
      var response = client.get(g -> g.index(indices.alias(model)).id(id), type);
      return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    } finally {
      sample.stop(timer("waymark.elasticsearch.read", model, "Read-model reads"));
    }
  }

  /** Every document matching {@code query}, read through the alias, in index order. */
  public <T> List<T> findAll(ReadModel model, Query query, Class<T> type) throws IOException {
    return findAll(model, query, type, List.of());
  }

  /**
   * Every document matching {@code query}, only the {@code fields} of its source when any are
   * named. Pages through with a point in time and {@code search_after}, so any number of documents
   * is read consistently.
   */
  public <T> List<T> findAll(ReadModel model, Query query, Class<T> type, List<String> fields)
      throws IOException {
    Timer.Sample sample = Timer.start(meters);
    try {
      String alias = indices.alias(model);
      SearchResponse<T> first =
          client.search(
              s -> {
                s.index(alias).query(query).size(PAGE).trackTotalHits(t -> t.enabled(true));
                if (!fields.isEmpty()) {
                  s.source(src -> src.filter(f -> f.includes(fields)));
                }
                return s;
              },
              type);
      List<T> out = new ArrayList<>();
      if (first.hits().total() != null && first.hits().total().value() <= PAGE) {
        first.hits().hits().forEach(h -> out.add(h.source()));
        return out;
      }
      String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("1m"))).id();
      try {
        List<FieldValue> after = null;
        while (true) {
          List<FieldValue> searchAfter = after;
          SearchResponse<T> page =
              client.search(
                  s -> {
                    s.query(query)
                        .size(PAGE)
                        .pit(p -> p.id(pit).keepAlive(k -> k.time("1m")))
                        .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)))
                        .trackTotalHits(t -> t.enabled(false));
                    if (!fields.isEmpty()) {
                      s.source(src -> src.filter(f -> f.includes(fields)));
                    }
                    if (searchAfter != null) {
                      s.searchAfter(searchAfter);
                    }
                    return s;
                  },
                  type);
          List<Hit<T>> hits = page.hits().hits();
          hits.forEach(h -> out.add(h.source()));
          if (hits.size() < PAGE) {
            return out;
          }
          after = hits.get(hits.size() - 1).sort();
        }
      } finally {
        client.closePointInTime(c -> c.id(pit));
      }
    } finally {
      sample.stop(timer("waymark.elasticsearch.read", model, "Read-model reads"));
    }
  }

  private Timer timer(String name, ReadModel model, String description) {
    return Timer.builder(name)
        .description(description)
        .tag("model", model.name())
        .publishPercentileHistogram()
        .register(meters);
  }
}
