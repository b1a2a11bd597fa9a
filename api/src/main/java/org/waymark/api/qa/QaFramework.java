package org.waymark.api.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Herefordshire Alternative Provision QA framework (seed 002) as data: nine themes and their
 * numbered criteria, read from {@code qa-framework.txt} beside this class. The resource is a
 * tab-separated line format rather than JSON because {@code api} may depend on no parser.
 */
public final class QaFramework {
  static final String RESOURCE = "qa-framework.txt";

  private static final QaFramework STANDARD = load();

  private final List<QaTheme> themes;
  private final Map<String, QaCriterion> criteria;

  private QaFramework(List<QaTheme> themes) {
    this.themes = List.copyOf(themes);
    Map<String, QaCriterion> byNumber = new LinkedHashMap<>();
    themes.forEach(t -> t.criteria().forEach(c -> byNumber.put(c.number(), c)));
    this.criteria = byNumber;
  }

  /** The framework Waymark ships with. */
  public static QaFramework standard() {
    return STANDARD;
  }

  public List<QaTheme> themes() {
    return themes;
  }

  public Optional<QaTheme> theme(int number) {
    return themes.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The criterion numbered {@code number} ({@code "1.3"}), if the framework has it. */
  public Optional<QaCriterion> criterion(String number) {
    return Optional.ofNullable(number == null ? null : criteria.get(number));
  }

  /** Every criterion, theme by theme. */
  public List<QaCriterion> criteria() {
    return List.copyOf(criteria.values());
  }

  private static QaFramework load() {
    try (InputStream in = QaFramework.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("QA framework resource " + RESOURCE + " is missing");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the line format described at the top of {@code qa-framework.txt}.
   *
   * @throws IllegalArgumentException naming the line when the text is malformed
   */
  static QaFramework parse(Reader text) throws IOException {
    List<QaTheme> themes = new ArrayList<>();
    ThemeDraft theme = null;
    CriterionDraft criterion = null;
    BufferedReader lines = new BufferedReader(text);
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "theme" -> {
          expect(f, 5, lineNumber);
          if (theme != null) {
            themes.add(theme.build());
          }
          int number = parseNumber(f[1], lineNumber);
          if (number != themes.size() + 1) {
            throw malformed(lineNumber, "theme " + number + " out of order");
          }
          boolean essential =
              switch (f[3]) {
                case "essential" -> true;
                case "standard" -> false;
                default -> throw malformed(lineNumber, "expected essential or standard");
              };
          theme = new ThemeDraft(number, text(f[2], lineNumber), essential, text(f[4], lineNumber));
          criterion = null;
        }
        case "criterion" -> {
          expect(f, 4, lineNumber);
          if (theme == null) {
            throw malformed(lineNumber, "criterion before any theme");
          }
          String expected = theme.number + "." + (theme.criteria.size() + 1);
          if (!f[1].equals(expected)) {
            throw malformed(lineNumber, "expected criterion " + expected + ", found " + f[1]);
          }
          String heading = f[2].equals("-") ? null : text(f[2], lineNumber);
          criterion = new CriterionDraft(theme.number, f[1], heading, text(f[3], lineNumber));
          theme.criteria.add(criterion);
        }
        case "more" -> {
          expect(f, 2, lineNumber);
          if (criterion == null) {
            throw malformed(lineNumber, "a further paragraph before any criterion");
          }
          criterion.paragraphs.add(text(f[1], lineNumber));
        }
        default -> throw malformed(lineNumber, "unknown record '" + f[0] + "'");
      }
    }
    if (theme != null) {
      themes.add(theme.build());
    }
    return new QaFramework(themes);
  }

  private static void expect(String[] fields, int count, int line) {
    if (fields.length != count) {
      throw malformed(line, "expected " + count + " tab-separated fields, found " + fields.length);
    }
  }

  private static int parseNumber(String s, int line) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw malformed(line, "'" + s + "' is not a theme number");
    }
  }

  private static String text(String s, int line) {
    if (s.isBlank()) {
      throw malformed(line, "blank text");
    }
    return s.strip();
  }

  private static IllegalArgumentException malformed(int line, String message) {
    return new IllegalArgumentException(RESOURCE + " line " + line + ": " + message);
  }

  private static final class ThemeDraft {
    final int number;
    final String title;
    final boolean essential;
    final String guidingPrinciple;
    final List<CriterionDraft> criteria = new ArrayList<>();

    ThemeDraft(int number, String title, boolean essential, String guidingPrinciple) {
      this.number = number;
      this.title = title;
      this.essential = essential;
      this.guidingPrinciple = guidingPrinciple;
    }

    QaTheme build() {
      if (criteria.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ": theme " + number + " has no criteria");
      }
      return new QaTheme(
          number,
          title,
          essential,
          guidingPrinciple,
          criteria.stream().map(CriterionDraft::build).toList());
    }
  }

  private static final class CriterionDraft {
    final int theme;
    final String number;
    final String heading;
    final List<String> paragraphs = new ArrayList<>();

    CriterionDraft(int theme, String number, String heading, String first) {
      this.theme = theme;
      this.number = number;
      this.heading = heading;
      this.paragraphs.add(first);
    }

    QaCriterion build() {
      return new QaCriterion(theme, number, heading, String.join("\n", paragraphs));
    }
  }
}
