package org.waymark.query.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.waymark.query.store.ReadModel;
import org.waymark.query.store.ReadModels;

/**
 * Creates each read model's versioned index from its mapping resource and points the alias at it,
 * at start-up, before any processor runs. An alias that already exists is left where it is (a
 * rebuild may have moved it to a later version); an index of a rebuild that never finished (not
 * behind the alias) is deleted, since its processors' tokens replay into the aliased index
 * harmlessly (writes are versioned by position).
 */
@Component
public class IndexBootstrap implements InitializingBean {
  private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

  private final ElasticsearchClient client;
  private final Indices indices;

  public IndexBootstrap(ElasticsearchClient client, Indices indices) {
    this.client = client;
    this.indices = indices;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    for (ReadModel model : ReadModels.ALL) {
      ensure(model);
    }
  }

  void ensure(ReadModel model) throws IOException {
    String alias = indices.alias(model);
    if (client.indices().existsAlias(a -> a.name(alias)).value()) {
      Set<String> behind = client.indices().getAlias(a -> a.name(alias)).result().keySet();
      dropUnfinishedRebuilds(model, behind);
      return;
    }
    String index = indices.versioned(model, model.version());
    if (!client.indices().exists(e -> e.index(index)).value()) {
      create(index, model.mappingResource());
    }
    client.indices().putAlias(a -> a.index(index).name(alias));
    log.info("Read model {} ready: index {} behind alias {}", model.name(), index, alias);
  }

  /** Creates {@code index} with the mapping and settings of {@code resource}. */
  public void create(String index, String resource) throws IOException {
    try (InputStream mapping = new ClassPathResource(resource).getInputStream()) {
      client.indices().create(c -> c.index(index).withJson(mapping));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void dropUnfinishedRebuilds(ReadModel model, Set<String> behindAlias) throws IOException {
    String pattern = indices.alias(model) + "-v*";
    var existing =
        client.indices().get(g -> g.index(pattern).ignoreUnavailable(true).allowNoIndices(true));
    for (String index : existing.result().keySet()) {
      if (!behindAlias.contains(index) && isLaterVersion(model, index, behindAlias)) {
        log.warn("Deleting index {} of a rebuild that did not finish", index);
        client.indices().delete(d -> d.index(index));
      }
    }
  }

  private boolean isLaterVersion(ReadModel model, String index, Set<String> behindAlias) {
    int version = versionOf(model, index);
    return behindAlias.stream().allMatch(b -> versionOf(model, b) < version);
  }

  /** The version number of one of the model's indices, -1 when the name is not one. */
  public int versionOf(ReadModel model, String index) {
    String stem = indices.alias(model) + "-v";
    if (!index.startsWith(stem)) {
      return -1;
    }
    try {
      return Integer.parseInt(index.substring(stem.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
