package org.waymark.infra.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row through a buffer, never held in memory: UTF-8 without a byte-order
 * mark, records ended by LF (CONTRACT.md's reader takes LF or CRLF), a field quoted per RFC 4180
 * only when it holds a comma, a double quote or a line break (a quote inside is doubled).
 */
final class CsvOut implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final Path path;
  private final Writer out;
  private long rows;

  CsvOut(Path path, List<String> header) throws IOException {
    this.path = path;
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER);
    out.write(String.join(",", header));
    out.write('\n');
  }

  /** Writes one record; null fields are written empty. */
  void row(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields[i]));
    }
    out.write('\n');
    rows++;
  }

  /**
   * Writes text that already holds {@code count} complete records (each ended by LF, fields already
   * quoted): the fast path for a learner's register.
   */
  void raw(CharSequence records, long count) throws IOException {
    out.append(records);
    rows += count;
  }

  long rows() {
    return rows;
  }

  Path path() {
    return path;
  }

  /** The field as RFC 4180 wants it: as is, or in double quotes with inner quotes doubled. */
  static String quote(String field) {
    if (field == null) {
      return "";
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
