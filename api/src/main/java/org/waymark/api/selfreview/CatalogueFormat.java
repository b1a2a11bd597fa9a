package org.waymark.api.selfreview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain-text form the self-review catalogues are kept in (api depends on no parser library):
 *
 * <pre>
 * # a comment; blank lines are ignored
 * [Section heading]
 * CODE&lt;TAB&gt;statement text, with \n between lines and \\ for a backslash
 * </pre>
 *
 * Every item belongs to the section above it; codes are unique within a file.
 */
public final class CatalogueFormat {
  private static final Pattern CODE = Pattern.compile("[A-Z]{1,4}[0-9]{2}");

  private CatalogueFormat() {}

  /**
   * @param withEcmOutcome whether each code's first letter names its {@link EcmOutcome}
   * @throws IllegalArgumentException naming the line of the first malformed entry
   */
  public static List<CatalogueItem> parse(String text, boolean withEcmOutcome) {
    List<CatalogueItem> items = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    String section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() < 3) {
          throw malformed(number, "a section heading is written [Heading]");
        }
        section = line.substring(1, line.length() - 1).strip();
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw malformed(number, "an item is written CODE<TAB>text");
      }
      String code = line.substring(0, tab);
      if (!CODE.matcher(code).matches()) {
        throw malformed(number, "'" + code + "' is not a code (letters then two digits)");
      }
      if (section == null) {
        throw malformed(number, "item " + code + " comes before any [Section]");
      }
      if (!codes.add(code)) {
        throw malformed(number, "code " + code + " appears twice");
      }
      EcmOutcome outcome = null;
      if (withEcmOutcome) {
        try {
          outcome = EcmOutcome.ofCode(code);
        } catch (IllegalArgumentException e) {
          throw malformed(number, "code " + code + " does not begin with W, S, A, C or H");
        }
      }
      items.add(
          new CatalogueItem(code, section, outcome, unescape(line.substring(tab + 1), number)));
    }
    return List.copyOf(items);
  }

  static String unescape(String s, int line) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 == s.length()) {
        throw malformed(line, "a backslash ends the line");
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case '\\' -> out.append('\\');
        default -> throw malformed(line, "unknown escape \\" + next);
      }
    }
    return out.toString().strip();
  }

  private static IllegalArgumentException malformed(int line, String message) {
    return new IllegalArgumentException("catalogue line " + line + ": " + message);
  }
}
