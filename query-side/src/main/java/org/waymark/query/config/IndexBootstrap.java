package org.waymark.query.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
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
 *
 * <p>An alias on an index older than the model is {@linkplain ReadModel#readableFrom readable from}
 * (its documents cannot answer this version's queries) is moved to a new, empty index of the
 * current version, and the model's processing group replays the history into it: its tokens are
 * deleted before the alias moves (so a stop half-way through starts the same again) and before any
 * processor starts (so none writes a newer event first, which would make the replayed older ones
 * look already applied). Until the status endpoint reports the group caught up, the model's figures
 * are incomplete; the log says so.
 */
@Component
public class IndexBootstrap implements InitializingBean {
  private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

  private final ElasticsearchClient client;
  private final Indices indices;
  private final DataSource tokenStore;
  private final TokenSchema tokens;

  public IndexBootstrap(
      ElasticsearchClient client, Indices indices, DataSource tokenStore, TokenSchema tokens) {
    this.client = client;
    this.indices = indices;
    this.tokenStore = tokenStore;
    this.tokens = tokens;
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
      if (behind.stream().anyMatch(i -> versionOf(model, i) < model.readableFrom())) {
        replaceUnreadable(model, alias, behind);
        return;
      }
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

  private void replaceUnreadable(ReadModel model, String alias, Set<String> behind)
      throws IOException {
    int reset = deleteTokens(model.group());
    String index = indices.versioned(model, model.version());
    if (client.indices().exists(e -> e.index(index)).value()) {
      client.indices().delete(d -> d.index(index)); // a start that stopped half-way
    }
    create(index, model.mappingResource());
    client
        .indices()
        .updateAliases(
            u -> {
              u.actions(a -> a.add(x -> x.index(index).alias(alias)));
              for (String old : behind) {
                u.actions(a -> a.remove(x -> x.index(old).alias(alias)));
              }
              return u;
            });
    // The old indices, and any other of the model (a rebuild's that never finished): only the new
    // one is left.
    for (String old : indicesOf(model)) {
      if (!old.equals(index) && versionOf(model, old) >= 0) {
        client.indices().delete(d -> d.index(old));
      }
    }
    log.warn(
        "Read model {}: index {} cannot answer this version's queries (version {} is read from"
            + " version {}); replaced by the empty index {}, which processing group {} fills by"
            + " replaying every event ({} token(s) deleted). Its figures are incomplete until"
            + " /api/v1/projections/status reports the group caught up.",
        model.name(),
        behind,
        model.version(),
        model.readableFrom(),
        index,
        model.group(),
        reset);
  }

  /** Deletes the group's tracking tokens, so its processor starts from the first event. */
  private int deleteTokens(String group) throws IOException {
    try (Connection c = tokenStore.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
        exists.setString(1, tokens.tokenTable());
        try (ResultSet r = exists.executeQuery()) {
          if (!r.next() || !r.getBoolean(1)) {
            return 0;
          }
        }
      }
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM "
                  + tokens.tokenTable()
                  + " WHERE "
                  + tokens.processorNameColumn()
                  + " = ?")) {
        delete.setString(1, group);
        return delete.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException("cannot reset the tracking tokens of processing group " + group, e);
    }
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
    for (String index : indicesOf(model)) {
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

  /** Every index named as one of the model's versions ({@code <alias>-v*}). */
  private Set<String> indicesOf(ReadModel model) throws IOException {
    String pattern = indices.alias(model) + "-v*";
    return client
        .indices()
        .get(g -> g.index(pattern).ignoreUnavailable(true).allowNoIndices(true))
        .result()
        .keySet();
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
