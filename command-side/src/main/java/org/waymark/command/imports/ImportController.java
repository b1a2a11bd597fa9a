package org.waymark.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports/{dataset}} ({@code Content-Type: text/csv}): the body is spooled to a
 * temporary file (never held in memory), imported by {@link ImportEngine}, and deleted. A valid
 * file answers 202 {@code {importId, rows, events, position}}; an invalid one 400 listing every
 * problem, with nothing written.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {
  private final ImportEngine engine;

  ImportController(ImportEngine engine) {
    this.engine = engine;
  }

  @GetMapping
  Map<String, Object> datasets() {
    return Map.of("datasets", new TreeSet<>(engine.datasets()));
  }

  @PostMapping(
      path = "/{dataset}",
      consumes = {"text/csv", "application/octet-stream"})
  ResponseEntity<ImportResult> importFile(@PathVariable String dataset, InputStream body)
      throws IOException {
    engine
        .dataset(dataset)
        .orElseThrow(() -> new org.waymark.command.web.NotFoundException("dataset", dataset));
    Path spool = Files.createTempFile("waymark-import-", ".csv");
    try {
      Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(engine.run(dataset, spool));
    } finally {
      Files.deleteIfExists(spool);
    }
  }
}
