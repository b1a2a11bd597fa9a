package org.waymark.infra.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.waymark.api.learner.EthnicGroup;

/**
 * What {@link DemoDataGenerator#generate} wrote, and how the result compares with what it aimed at.
 *
 * @param files every file, in the order of CONTRACT.md's datasets (amendments after attendance)
 * @param expected the proportions the generator's model aims at (its parameters, see the class
 *     Javadoc of {@link DemoDataGenerator})
 * @param actual the same proportions measured on the generated learners and marks (attendance
 *     amendments applied, as the import would)
 */
public record DemoSummary(
    DemoSpec spec,
    Path directory,
    List<WrittenFile> files,
    Proportions expected,
    Proportions actual,
    long elapsedMillis) {

  public DemoSummary {
    files = List.copyOf(files);
  }

  /** Rows written to {@code name}, or -1 when no such file was written. */
  public long rows(String name) {
    return files.stream()
        .filter(f -> f.name().equals(name))
        .mapToLong(WrittenFile::rows)
        .findFirst()
        .orElse(-1);
  }

  /** A plain-text report: files with rows and sizes, then expected against actual proportions. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Waymark demo data: seed %d, %d learners, %d providers, %s..%s -> %s (%.1f s)%n",
            spec.seed(),
            spec.learners(),
            spec.providers(),
            spec.from(),
            spec.to(),
            directory,
            elapsedMillis / 1000.0));
    for (WrittenFile f : files) {
      b.append(
          String.format(
              Locale.ROOT, "  %-28s %,12d rows %,15d bytes%n", f.name(), f.rows(), f.bytes()));
    }
    b.append(
        String.format(Locale.ROOT, "  %-28s %8s %8s%n", "proportion (%)", "expected", "actual"));
    line(b, "disadvantaged", expected.disadvantaged(), actual.disadvantaged());
    line(b, "SEN support (K)", expected.senSupport(), actual.senSupport());
    line(b, "EHC plan (E)", expected.ehcPlan(), actual.ehcPlan());
    line(b, "EAL", expected.eal(), actual.eal());
    line(b, "looked after", expected.lookedAfter(), actual.lookedAfter());
    for (EthnicGroup g : EthnicGroup.values()) {
      line(
          b,
          "ethnicity " + g,
          expected.ethnicGroups().getOrDefault(g, 0.0),
          actual.ethnicGroups().getOrDefault(g, 0.0));
    }
    line(b, "overall absence", expected.overallAbsence(), actual.overallAbsence());
    line(b, "persistent absence", expected.persistentAbsence(), actual.persistentAbsence());
    return b.toString();
  }

  private static void line(StringBuilder b, String label, double expected, double actual) {
    b.append(String.format(Locale.ROOT, "  %-28s %8.2f %8.2f%n", label, expected, actual));
  }
}
