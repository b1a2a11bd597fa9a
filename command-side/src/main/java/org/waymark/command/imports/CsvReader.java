package org.waymark.command.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader without holding the file: comma-separated, fields
 * optionally in double quotes (a doubled quote inside is one quote; commas and line breaks inside
 * quotes belong to the field), records ended by CRLF or LF, a UTF-8 byte-order mark tolerated at
 * the start (CONTRACT.md, "Identifiers, dates, files"). A blank line between records is skipped.
 */
public final class CsvReader implements AutoCloseable {
  private final Reader in;

  /** Read in blocks: {@code Reader.read()} takes a lock per character. */
  private final char[] buffer = new char[64 * 1024];

  private int position;
  private int limit;
  private long record;
  private boolean started;
  private int lastFieldCount = 8;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** 1-based number of the record last returned (the header is record 1). */
  public long recordNumber() {
    return record;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /**
   * The next record's fields, or null at the end of input.
   *
   * @throws CsvFormatException for a quote left open at the end of the file, or text after a
   *     closing quote
   */
  public List<String> next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    while (peek() == '\n' || peek() == '\r') { // blank lines
      read();
    }
    if (peek() == -1) {
      return null;
    }
    record++;
    List<String> fields = new ArrayList<>(lastFieldCount);
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c == '"' && field.isEmpty()) {
        readQuoted(field);
        int after = peek();
        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
          throw new CsvFormatException(record, "text after a closing quote");
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        fields.add(field.toString());
        lastFieldCount = fields.size();
        return fields;
      } else {
        field.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder field) throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        throw new CsvFormatException(record, "a quoted field is not closed");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
        } else {
          return;
        }
      } else {
        field.append((char) c);
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A file that is not well-formed CSV at the given record. */
  public static final class CsvFormatException extends IOException {
    private final long record;

    CsvFormatException(long record, String message) {
      super("record " + record + ": " + message);
      this.record = record;
    }

    public long record() {
      return record;
    }
  }
}
