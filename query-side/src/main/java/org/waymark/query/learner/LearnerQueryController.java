package org.waymark.query.learner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.config.Indices;
import org.waymark.query.web.NotFoundException;

/** {@code GET /api/v1/learners/{id}}: a learner's current state from the learners read model. */
@RestController
class LearnerQueryController {
  private final ElasticsearchClient client;
  private final Indices indices;

  LearnerQueryController(ElasticsearchClient client, Indices indices) {
    this.client = client;
    this.indices = indices;
  }

  @GetMapping("/api/v1/learners/{learnerId}")
  LearnerDocument learner(@PathVariable String learnerId) throws IOException {
    var response =
        client.get(
            g -> g.index(indices.alias(Indices.LEARNERS)).id(learnerId), LearnerDocument.class);
    if (!response.found() || response.source() == null) {
      throw new NotFoundException("learner", learnerId);
    }
    return response.source();
  }
}
