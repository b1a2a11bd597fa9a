package org.waymark.query.rebuild;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.web.InvalidParameterException;
import org.waymark.query.web.Parameters;

/**
 * {@code POST /api/v1/admin/projections/rebuild[?group=…]} starts a rebuild (202; 409 while one
 * runs); {@code GET} reports it. {@code ./waymark rebuild} calls both.
 */
@RestController
class RebuildController {
  private final Rebuilds rebuilds;

  RebuildController(Rebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @PostMapping("/api/v1/admin/projections/rebuild")
  ResponseEntity<?> start(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    List<String> groups = p.ids("group");
    for (String g : groups) {
      if (!ProcessingGroups.ALL.contains(g)) {
        p.problem("group", g, "must be one of " + String.join(", ", ProcessingGroups.ALL));
      }
    }
    p.validate();
    try {
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start(groups));
    } catch (IllegalStateException e) {
      ProblemDetail pd =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT, "A rebuild is already running; GET this URL to follow it.");
      pd.setType(URI.create("urn:waymark:problem:conflict"));
      pd.setTitle("Rebuild already running");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(pd);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("group", e.getMessage(), "is not a processing group");
    }
  }

  @GetMapping("/api/v1/admin/projections/rebuild")
  RebuildState state() {
    return rebuilds.state();
  }
}
