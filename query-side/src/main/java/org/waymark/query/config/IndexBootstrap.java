package org.waymark.query.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates each read model's versioned index from its mapping resource and points the alias at it,
 * at start-up, before any processor runs. Existing indices and aliases are left as they are.
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
    ensure(Indices.LEARNERS, Indices.LEARNERS_VERSION);
  }

  void ensure(String readModel, int version) throws IOException {
    String alias = indices.alias(readModel);
    if (client.indices().existsAlias(a -> a.name(alias)).value()) {
      return;
    }
    String index = indices.versioned(readModel, version);
    if (!client.indices().exists(e -> e.index(index)).value()) {
      String resource = "elasticsearch/" + readModel + "-v" + version + ".json";
      try (InputStream mapping = new ClassPathResource(resource).getInputStream()) {
        client.indices().create(c -> c.index(index).withJson(mapping));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    client.indices().putAlias(a -> a.index(index).name(alias));
    log.info("Read model {} ready: index {} behind alias {}", readModel, index, alias);
  }
}
