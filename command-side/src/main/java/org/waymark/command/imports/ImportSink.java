package org.waymark.command.imports;

import java.time.LocalDate;

/** Where a {@link DatasetImport} sends its commands during pass two. */
public interface ImportSink {
  /**
   * Sends a command on behalf of {@code row}: the event metadata names the import as its source.
   * When the domain rejects it (ConflictException, InvalidInputException, NotFoundException) the
   * engine rolls the whole import back and reports the row.
   *
   * @param effectiveDate the date the fact takes effect where it differs from today, or null
   */
  void send(ImportRow<?> row, Object command, LocalDate effectiveDate);

  /**
   * Refuses {@code row} for a problem only visible across rows (e.g. the same mark twice in a
   * chunk): the import is rolled back and the row reported.
   */
  default void reject(ImportRow<?> row, String column, String value, String message) {
    throw new IllegalArgumentException("row " + row.row() + ", " + column + ": " + message);
  }

  /** This import's id, as answered to the client and recorded as the events' source. */
  String importId();
}
