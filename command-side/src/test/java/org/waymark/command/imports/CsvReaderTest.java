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
}
