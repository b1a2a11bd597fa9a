package org.waymark.query.learner;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.NotFoundException;

/** {@code GET /api/v1/learners/{id}}: a learner's current state from the learners read model. */
@RestController
class LearnerQueryController {
  private final DocumentStore store;

  LearnerQueryController(DocumentStore store) {
    this.store = store;
  }

  @GetMapping("/api/v1/learners/{learnerId}")
  LearnerDocument learner(@PathVariable String learnerId) throws IOException {
    return store
        .find(ReadModels.LEARNERS, learnerId, LearnerDocument.class)
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }
}
