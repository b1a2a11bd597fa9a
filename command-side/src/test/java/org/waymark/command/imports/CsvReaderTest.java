package org.waymark.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  static List<List<String>> all(String csv) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader r = new CsvReader(new StringReader(csv))) {
      for (List<String> rec = r.next(); rec != null; rec = r.next()) {
        records.add(rec);
      }
    }
    return records;
  }

  @Test
  void readsPlainRecordsEndedByLfOrCrlf() throws IOException {
    assertThat(all("a,b\r\n1,2\n3,4"))
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
  }

  @Test
  void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
    assertThat(all("id,comment\n1,\"said \"\"hi\"\", then, left\nearly\"\n"))
        .containsExactly(List.of("id", "comment"), List.of("1", "said \"hi\", then, left\nearly"));
  }

  @Test
  void toleratesAByteOrderMarkAndKeepsEmptyFields() throws IOException {
    assertThat(all("\uFEFFa,b,c\n,,x\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("", "", "x"));
  }

  @Test
  void skipsBlankLinesAndCountsRecords() throws IOException {
    try (CsvReader r = new CsvReader(new StringReader("h\n\n1\n\r\n2\n"))) {
      r.next();
      assertThat(r.next()).containsExactly("1");
      assertThat(r.recordNumber()).isEqualTo(2);
      assertThat(r.next()).containsExactly("2");
      assertThat(r.recordNumber()).isEqualTo(3);
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void refusesAQuoteLeftOpenNamingTheRecord() {
    assertThatThrownBy(() -> all("a\n\"open\n"))
        .isInstanceOf(CsvReader.CsvFormatException.class)
        .hasMessageContaining("record 2");
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    assertThatThrownBy(() -> all("a\n\"x\"y\n")).isInstanceOf(CsvReader.CsvFormatException.class);
  }

  /** A reader that hands out at most a few characters at a time, as a slow stream may. */
  private static final class Trickle extends java.io.Reader {
    private final String text;
    private int at;

    Trickle(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] into, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, 1 + at % 7), text.length() - at);
      text.getChars(at, at + n, into, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void recordsCrossingTheReadBufferAndShortReadsComeOutWhole() throws IOException {
    StringBuilder csv = new StringBuilder("\uFEFFid,comment\r\n");
    List<List<String>> expected = new ArrayList<>();
    expected.add(List.of("id", "comment"));
    for (int i = 0; i < 20_000; i++) {
      String comment = "row " + i + ", \"quoted\"\r\nsecond line";
      csv.append(i).append(",\"").append(comment.replace("\"", "\"\"")).append("\"\r\n");
      expected.add(List.of(Integer.toString(i), comment));
    }
    assertThat(csv.length()).isGreaterThan(3 * 64 * 1024);

    assertThat(all(csv.toString())).isEqualTo(expected);
    List<List<String>> trickled = new ArrayList<>();
    try (CsvReader r = new CsvReader(new Trickle(csv.toString()))) {
      for (List<String> rec = r.next(); rec != null; rec = r.next()) {
        trickled.add(rec);
      }
    }
    assertThat(trickled).isEqualTo(expected);
  }
}
