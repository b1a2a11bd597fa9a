package org.waymark.command.imports;

/**
 * The answer to a valid file (CONTRACT.md): rows read, events appended (zero for a re-import of
 * identical rows), and the event-store position to wait for in {@code /api/v1/projections/status}.
 */
public record ImportResult(String importId, long rows, long events, long position) {}
