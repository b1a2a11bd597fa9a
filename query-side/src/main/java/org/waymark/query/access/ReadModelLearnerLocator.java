package org.waymark.query.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waymark.access.LearnerLocator;
import org.waymark.query.learner.LearnerDocument;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * The providers a learner has belonged to, from the learners read model: their provider now, every
 * provider of their recorded versions and both ends of every transfer, so a manager or inspector of
 * a provider the learner has left can still read what happened there. Consulted after the command
 * side's locator where both run in one process (the event store is never behind).
 */
@Component
@Order(10)
class ReadModelLearnerLocator implements LearnerLocator {
  private final DocumentStore store;

  ReadModelLearnerLocator(DocumentStore store) {
    this.store = store;
  }

  @Override
  public Set<String> providersOf(String learnerId) {
    try {
      return store
          .find(ReadModels.LEARNERS, learnerId, LearnerDocument.class)
          .map(ReadModelLearnerLocator::providers)
          .orElse(Set.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> providers(LearnerDocument d) {
    Set<String> out = new LinkedHashSet<>();
    if (d.providerId() != null) {
      out.add(d.providerId());
    }
    d.versions().forEach(v -> add(out, v.state().get("providerId")));
    for (LearnerDocument.RecordedChange c : d.changes()) {
      if ("provider".equals(c.characteristic())) {
        add(out, c.oldValue());
        add(out, c.newValue());
      }
    }
    return out;
  }

  private static void add(Set<String> out, String value) {
    if (value != null) {
      out.add(value);
    }
  }
}
