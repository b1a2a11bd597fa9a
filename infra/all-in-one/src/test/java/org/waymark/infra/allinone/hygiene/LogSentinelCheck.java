package org.waymark.infra.allinone.hygiene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 7: "a sentinel learner name never appears in the application log of a full test run".
 * Learners in the test data are named with the sentinel {@value #SENTINEL} (the e2e dataset's L07,
 * the query side's test learners), every test's output goes to {@code target/*-reports/
 * *-output.txt} ({@code redirectTestOutputToFile} in the root pom), and this check, run by the
 * build after the last module's integration tests, reads every such file of every module and fails
 * the build if the sentinel is in any of them. It also fails when there is too little to read, so
 * it cannot pass by finding nothing.
 *
 * <p>Usage: {@code LogSentinelCheck <project root> [minimum files]}.
 */
public final class LogSentinelCheck {
  public static final String SENTINEL = "Quillfeather";

  private LogSentinelCheck() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int minimum = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<Path> logs = logs(root);
    List<String> found = new ArrayList<>();
    long bytes = 0;
    for (Path log : logs) {
      byte[] content = Files.readAllBytes(log);
      bytes += content.length;
      String text = new String(content, StandardCharsets.UTF_8);
      int at = text.indexOf(SENTINEL);
      if (at >= 0) {
        int start = Math.max(0, text.lastIndexOf('\n', at) + 1);
        int end = text.indexOf('\n', at);
        found.add(
            root.relativize(log)
                + ": "
                + text.substring(start, end < 0 ? text.length() : Math.min(end, start + 300)));
      }
    }
    // Never print the sentinel itself: this line lands in a test's output too.
    System.out.printf(
        "Log sentinel check: %d test output files (%,d bytes) read for the sentinel name%n",
        logs.size(), bytes);
    if (logs.size() < minimum) {
      throw new IllegalStateException(
          "only "
              + logs.size()
              + " test output files under "
              + root
              + "; expected at least "
              + minimum
              + " (is redirectTestOutputToFile on?)");
    }
    if (!found.isEmpty()) {
      throw new IllegalStateException(
          "a learner's name reached the log:\n  " + String.join("\n  ", found));
    }
  }

  /** Every test output file of every module under {@code root}. */
  static List<Path> logs(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root, 8)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String s = p.toString();
                return (s.contains("/target/surefire-reports/")
                        || s.contains("/target/failsafe-reports/"))
                    && s.endsWith("-output.txt");
              })
          .sorted()
          .toList();
    }
  }
}
