package org.waymark.command.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;

/**
 * Imports a CSV file of one dataset exactly as CONTRACT.md specifies, in one pass inside one
 * database transaction: every row is checked (columns by header name in any order, unknown or
 * missing columns, each value, duplicate natural keys) and, while no row has had a problem, sent in
 * chunks to the dataset's commands. Any problem, or a row the domain rejects, means {@link
 * InvalidImportException} listing every problem of the file, and the transaction's rollback leaves
 * nothing written. Only the current chunk and the file's natural keys are held in memory; imports
 * run one at a time.
 */
@Component
public class ImportEngine {
  /** Problems listed in one answer; the total is always given. */
  public static final int MAX_LISTED_PROBLEMS = 1000;

  static final long PROGRESS_EVERY = 100_000;
  private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);

  private final Map<String, DatasetImport<?>> datasets;
  private final CommandSender commands;
  private final TransactionTemplate transaction;
  private final ImportEventCounter counter;
  private final ReentrantLock oneAtATime = new ReentrantLock(true);

  ImportEngine(
      List<DatasetImport<?>> datasets,
      CommandSender commands,
      TransactionTemplate transaction,
      ImportEventCounter counter) {
    this.datasets =
        datasets.stream()
            .collect(Collectors.toUnmodifiableMap(DatasetImport::dataset, Function.identity()));
    this.commands = commands;
    this.transaction = transaction;
    this.counter = counter;
  }

  public Set<String> datasets() {
    return datasets.keySet();
  }

  public Optional<DatasetImport<?>> dataset(String name) {
    return Optional.ofNullable(datasets.get(name));
  }

  /**
   * Imports {@code file} as {@code dataset}.
   *
   * @throws NotFoundException for a dataset CONTRACT.md does not name
   * @throws InvalidImportException when any row is invalid or rejected; nothing is written
   */
  public ImportResult run(String dataset, Path file) {
    DatasetImport<?> target =
        dataset(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
    oneAtATime.lock();
    try {
      return runLocked(target, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      oneAtATime.unlock();
    }
  }

  private <R> ImportResult runLocked(DatasetImport<R> dataset, Path file) throws IOException {
    String importId = UUID.randomUUID().toString();
    String source = "import:" + importId;
    long began = System.nanoTime();
    counter.begin(source);
    long rows;
    long events;
    try {
      rows = transaction.execute(status -> importFile(dataset, file, importId, source));
    } finally {
      events = counter.end(source);
    }
    long position = commands.position();
    log.info(
        "Import {} ({}): {} rows, {} events appended in {} ms",
        importId,
        dataset.dataset(),
        rows,
        events,
        (System.nanoTime() - began) / 1_000_000);
    return new ImportResult(importId, rows, events, position);
  }

  /**
   * One pass over the file, inside the import's transaction: every row is read and checked (every
   * column, duplicate natural keys), and while no row has had a problem the valid rows go, a chunk
   * at a time, to the dataset's commands. The first problem stops the sending, not the checking:
   * the rest of the file is still read so that every problem is listed, and the exception that
   * reports them rolls back what was sent. A row the domain rejects stops the sending too; it is
   * reported only when the file has no problem of its own, as when the file was checked in a pass
   * of its own before anything was sent. Reading the file once instead of twice is a ninth of an
   * import's CPU (profiled at 25,000 learners).
   *
   * @return the number of data rows
   * @throws InvalidImportException when any row is invalid or rejected; nothing is written
   */
  private <R> long importFile(DatasetImport<R> dataset, Path file, String importId, String source) {
    Problems problems = new Problems();
    Map<String, Long> keys = new HashMap<>();
    Sink sink = new Sink(importId, source, dataset.dataset());
    InvalidImportException rejected = null;
    long rows = 0;
    long sent = 0;
    try (CsvReader csv = reader(file)) {
      Header header = header(dataset, csv, problems);
      if (header == null) {
        throw problems.failure(dataset.dataset());
      }
      List<ImportRow<R>> chunk = new ArrayList<>(dataset.chunkSize());
      List<String> values;
      while ((values = csv.next()) != null) {
        rows++;
        long row = csv.recordNumber();
        FieldReader reader = header.reader(values, row, problems);
        if (reader == null) {
          continue;
        }
        R parsed = dataset.read(reader);
        if (!reader.valid()) {
          reader.problems().forEach(p -> problems.add(header.problem(row, p)));
          continue;
        }
        String key = dataset.naturalKey(parsed);
        if (key != null) {
          Long first = keys.putIfAbsent(key, row);
          if (first != null) {
            problems.add(
                new ImportProblem(
                    row, null, key, "the same natural key as row " + first + " appears twice"));
          }
        }
        if (problems.total == 0 && rejected == null) {
          chunk.add(new ImportRow<>(row, parsed));
          if (chunk.size() == dataset.chunkSize()) {
            rejected = writeChunk(dataset, chunk, sink);
            sent += chunk.size();
            chunk = new ArrayList<>(dataset.chunkSize());
            if (sent % PROGRESS_EVERY < dataset.chunkSize()) {
              log.info("Import {} ({}): {} rows sent", importId, dataset.dataset(), sent);
            }
          }
        }
      }
      if (problems.total == 0 && rejected == null && !chunk.isEmpty()) {
        rejected = writeChunk(dataset, chunk, sink);
      }
    } catch (CsvReader.CsvFormatException e) {
      problems.add(new ImportProblem(e.record(), null, null, e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // Whatever stopped the pass, a batch still open is rolled back with the transaction.
      sink.abandonBatch(null);
    }
    if (rows == 0 && problems.total == 0) {
      problems.add(new ImportProblem(2, null, null, "the file has a header but no rows"));
    }
    if (problems.total > 0) {
      throw problems.failure(dataset.dataset());
    }
    if (rejected != null) {
      throw rejected;
    }
    return rows;
  }

  /**
   * Commands sent in one Axon unit of work: each command is still handled (validated and applied)
   * in its own nested unit of work, but their events are appended to the store together when the
   * batch's unit of work commits (one batch insert instead of one per row), and an aggregate two
   * commands of the batch touch is loaded once. Not more: Axon looks through the batch's staged
   * events once per aggregate loaded and once per command committed into it (a list scanned each
   * time), so a batch costs the square of its size; at 250 that scan was 4% of an import's CPU
   * (profiled at 5,000 learners). Kept well below what Axon allows a command's unit of work to live
   * (a nested one ends with the batch): 60 s.
   */
  static final int COMMANDS_PER_UNIT_OF_WORK = 100;

  /**
   * One chunk's commands. A row the domain rejects rolls back the open batch and is returned (the
   * caller decides when to report it); any other failure rolls back the batch and is thrown.
   */
  private <R> InvalidImportException writeChunk(
      DatasetImport<R> dataset, List<ImportRow<R>> chunk, Sink sink) {
    try {
      dataset.write(chunk, sink);
      sink.commitBatch();
      return null;
    } catch (InvalidImportException e) {
      sink.abandonBatch(e);
      return e;
    } catch (RuntimeException | Error e) {
      sink.abandonBatch(e);
      throw e;
    }
  }

  private static CsvReader reader(Path file) throws IOException {
    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return new CsvReader(in);
  }

  private static Header header(DatasetImport<?> dataset, CsvReader csv, Problems problems)
      throws IOException {
    List<String> names = csv.next();
    if (names == null) {
      problems.add(new ImportProblem(1, null, null, "the file is empty: a header row is required"));
      return null;
    }
    Set<String> required = new HashSet<>(dataset.requiredColumns());
    Set<String> known = new HashSet<>(required);
    known.addAll(dataset.optionalColumns());
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (String raw : names) {
      String name = raw.strip();
      if (!known.contains(name)) {
        problems.add(
            new ImportProblem(
                1, name, name, "unknown column; expected " + known.stream().sorted().toList()));
        ok = false;
      } else if (!seen.add(name)) {
        problems.add(new ImportProblem(1, name, name, "the column appears twice"));
        ok = false;
      }
    }
    for (String column : dataset.requiredColumns()) {
      if (!seen.contains(column)) {
        problems.add(new ImportProblem(1, column, null, "required column missing"));
        ok = false;
      }
    }
    return ok ? Header.of(names.stream().map(String::strip).toList(), known) : null;
  }

  /**
   * The file's columns in their order as camelCase fields (each known to the dataset and named
   * once: {@link #header} checked), and every field the dataset knows: derived once per file, not
   * per row.
   */
  private record Header(List<String> fields, Set<String> knownFields) {
    static Header of(List<String> columns, Set<String> knownColumns) {
      return new Header(
          columns.stream().map(ImportEngine::camel).toList(),
          knownColumns.stream().map(ImportEngine::camel).collect(Collectors.toUnmodifiableSet()));
    }

    FieldReader reader(List<String> values, long row, Problems problems) {
      if (values.size() != fields.size()) {
        problems.add(
            new ImportProblem(
                row, null, null, "expected " + fields.size() + " fields, found " + values.size()));
        return null;
      }
      Map<String, String> byField = new HashMap<>(fields.size() * 2);
      for (int i = 0; i < fields.size(); i++) {
        byField.put(fields.get(i), values.get(i));
      }
      return FieldReader.ofCheckedNames(byField);
    }

    ImportProblem problem(long row, FieldProblem p) {
      return new ImportProblem(row, snake(p.field()), p.value(), p.message());
    }
  }

  /** {@code learner_id} → {@code learnerId} (CONTRACT.md: JSON uses the camelCase form). */
  static String camel(String column) {
    StringBuilder b = new StringBuilder(column.length());
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  /** {@code learnerId} → {@code learner_id}. */
  static String snake(String field) {
    StringBuilder b = new StringBuilder(field.length() + 4);
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final class Problems {
    final List<ImportProblem> listed = new ArrayList<>();
    long total;

    void add(ImportProblem p) {
      total++;
      if (listed.size() < MAX_LISTED_PROBLEMS) {
        listed.add(p);
      }
    }

    InvalidImportException failure(String dataset) {
      return new InvalidImportException(dataset, listed, total);
    }
  }

  /** Sends a row's commands; a domain rejection becomes the row's problem and rolls back. */
  private final class Sink implements ImportSink {
    private final String importId;
    private final String source;
    private final String dataset;
    private UnitOfWork<?> batch;
    private int inBatch;

    Sink(String importId, String source, String dataset) {
      this.importId = importId;
      this.source = source;
      this.dataset = dataset;
    }

    @Override
    public void send(ImportRow<?> row, Object command, java.time.LocalDate effectiveDate) {
      if (batch == null) {
        batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage(importId));
        inBatch = 0;
      }
      dispatch(row, command, effectiveDate);
      if (++inBatch >= COMMANDS_PER_UNIT_OF_WORK) {
        commitBatch();
      }
    }

    void commitBatch() {
      if (batch != null) {
        UnitOfWork<?> b = batch;
        batch = null;
        b.commit();
      }
    }

    void abandonBatch(Throwable cause) {
      if (batch != null) {
        UnitOfWork<?> b = batch;
        batch = null;
        if (b.isActive()) {
          b.rollback(cause);
        }
      }
    }

    private void dispatch(ImportRow<?> row, Object command, java.time.LocalDate effectiveDate) {
      try {
        commands.dispatch(command, source, effectiveDate);
      } catch (ConflictException e) {
        throw rejection(row, snakeOrNull(e.field()), e.value(), e.getMessage());
      } catch (InvalidInputException e) {
        List<ImportProblem> problems =
            e.problems().stream()
                .map(
                    p ->
                        new ImportProblem(
                            row.row(), snakeOrNull(p.field()), p.value(), p.message()))
                .toList();
        throw new InvalidImportException(dataset, problems, problems.size());
      } catch (NotFoundException e) {
        throw rejection(row, null, e.id(), e.getMessage());
      } catch (AggregateNotFoundException e) {
        throw rejection(
            row,
            null,
            String.valueOf(e.getAggregateIdentifier()),
            "refers to a record that does not exist");
      }
    }

    @Override
    public void reject(ImportRow<?> row, String column, String value, String message) {
      throw rejection(row, column, value, message);
    }

    private InvalidImportException rejection(
        ImportRow<?> row, String column, String value, String message) {
      return new InvalidImportException(
          dataset, List.of(new ImportProblem(row.row(), column, value, message)), 1);
    }

    private String snakeOrNull(String field) {
      return field == null ? null : snake(field);
    }

    @Override
    public String importId() {
      return importId;
    }
  }
}
