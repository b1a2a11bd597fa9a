package org.waymark.query.config;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.elasticsearch.client.ResponseException;

/**
 * Recognises Elasticsearch's version conflict (HTTP 409), which a projector's externally versioned
 * write meets when the read model already holds the event. Depending on the transport the client
 * reports it as an {@link ElasticsearchException} or as the low-level {@link ResponseException}.
 */
public final class Conflicts {
  private Conflicts() {}

  public static boolean isVersionConflict(Exception e) {
    if (e instanceof ElasticsearchException es) {
      return es.status() == 409;
    }
    if (e instanceof ResponseException re) {
      return re.getResponse().getStatusLine().getStatusCode() == 409;
    }
    return false;
  }
}
