package org.waymark.query.provider;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * Reads the {@code providers} read model: the providers recorded by an instant, with their whole
 * history (use {@link ProviderDocument#recordAt} and {@link ProviderDocument#registeredAt} for what
 * held then).
 */
@Component
public class ProviderReader {
  private final DocumentStore store;

  public ProviderReader(DocumentStore store) {
    this.store = store;
  }

  /** Every provider recorded by {@code asAt} ({@code null}: now), ordered by id. */
  public List<ProviderDocument> providers(Instant asAt) throws IOException {
    return store
        .findAll(ReadModels.PROVIDERS, Query.of(q -> q.matchAll(m -> m)), ProviderDocument.class)
        .stream()
        .filter(p -> p.existsAt(asAt))
        .sorted(Comparator.comparing(ProviderDocument::providerId))
        .toList();
  }

  /** One provider, if recorded by {@code asAt} ({@code null}: now). */
  public Optional<ProviderDocument> provider(String providerId, Instant asAt) throws IOException {
    return store
        .find(ReadModels.PROVIDERS, providerId, ProviderDocument.class)
        .filter(p -> p.existsAt(asAt));
  }
}
