package org.waymark.command.imports;

import java.util.List;
import org.waymark.command.web.FieldReader;

/**
 * One dataset of CONTRACT.md's import table. Implementations are Spring beans; {@code POST
 * /api/v1/imports/{dataset}} and {@code waymark import} find them by {@link #dataset()}.
 *
 * <p>The engine streams the file twice. Pass one parses every row with {@link #read} and checks
 * natural keys; any problem anywhere means 400 listing every bad row and nothing written. Pass two
 * hands valid rows to {@link #write} in chunks, all inside one database transaction, so a row the
 * domain rejects rolls the whole import back too.
 *
 * @param <R> a parsed, valid row
 */
public interface DatasetImport<R> {
  /** The dataset name in the URL: {@code providers}, {@code learners}, {@code attendance}… */
  String dataset();

  /** Required CSV columns, snake_case exactly as CONTRACT.md names them. */
  List<String> requiredColumns();

  /** Optional CSV columns (CONTRACT.md marks them {@code ?}). */
  List<String> optionalColumns();

  /**
   * Reads one row whose values are keyed by the camelCase form of each column ({@code target_id} →
   * {@code targetId}), recording every problem in {@code row}; returns null when the row is
   * invalid. The engine reports problems under the CSV column names. The same readers serve the
   * JSON endpoints, so a field means the same thing both ways.
   */
  R read(FieldReader row);

  /** The row's natural key (CONTRACT.md), or null to skip the engine's in-file duplicate check. */
  String naturalKey(R row);

  /** Rows handed to {@link #write} at once (e.g. a batch of attendance marks per learner). */
  default int chunkSize() {
    return 1000;
  }

  /**
   * Sends the commands for a chunk of valid rows through {@code sink}. Must be idempotent: an
   * identical row appends no event; a changed value for the same natural key appends an amendment
   * event (who, when, old and new value, reason where the dataset has one).
   */
  void write(List<ImportRow<R>> chunk, ImportSink sink);
}
