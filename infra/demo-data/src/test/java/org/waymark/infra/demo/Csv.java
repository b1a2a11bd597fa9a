package org.waymark.infra.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A strict RFC 4180 reader for the tests: fails on a stray quote or a ragged row. */
final class Csv {
  private Csv() {}

  /** One data row, its fields looked up by header name. */
  record Row(long number, Map<String, Integer> index, List<String> fields) {
    String get(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return fields.get(i);
    }
  }

  static String headerLine(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return r.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(Path file) {
    List<Row> rows = new ArrayList<>();
    each(file, rows::add);
    return rows;
  }

  static void each(Path file, Consumer<Row> action) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = next(r);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i), i);
      }
      long n = 1;
      for (List<String> f = next(r); f != null; f = next(r)) {
        n++;
        if (f.size() != header.size()) {
          throw new IllegalStateException(
              file.getFileName() + " row " + n + " has " + f.size() + " fields: " + f);
        }
        action.accept(new Row(n, index, f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> next(BufferedReader r) throws IOException {
    int c = r.read();
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IllegalStateException("quote left open");
        }
        if (c == '"') {
          r.mark(1);
          int d = r.read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            r.reset();
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new IllegalStateException("stray quote in " + field);
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',' || c == '\n' || c == -1) {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        if (c != ',') {
          return fields;
        }
      } else if (c == '\r') {
        throw new IllegalStateException("unexpected CR");
      } else {
        if (wasQuoted) {
          throw new IllegalStateException("text after a closing quote");
        }
        field.append((char) c);
      }
      c = r.read();
    }
  }
}
