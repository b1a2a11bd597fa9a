package org.waymark.command.imports;

/**
 * A valid parsed row and where it stood in the file: {@code row} counts lines as a spreadsheet
 * does, the header being row 1 and the first data row row 2.
 */
public record ImportRow<R>(long row, R value) {}
