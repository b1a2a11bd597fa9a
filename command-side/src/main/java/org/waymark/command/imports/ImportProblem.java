package org.waymark.command.imports;

/**
 * One invalid cell or row of an import file (CONTRACT.md: {@code {row, column, value, message}}).
 * {@code row} counts as a spreadsheet does (the header is row 1); {@code column} is null when the
 * problem is the row's shape.
 */
public record ImportProblem(long row, String column, String value, String message) {}
