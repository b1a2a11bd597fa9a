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

  /** This import's id, as answered to the client and recorded as the events' source. */
  String importId();
}
