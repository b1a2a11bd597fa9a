package org.waymark.command.imports;

import java.util.List;

/**
 * The file was refused and nothing was written: 400 listing every problem found (at most {@link
 * ImportEngine#MAX_LISTED_PROBLEMS}; {@code total} counts them all).
 */
public class InvalidImportException extends RuntimeException {
  private final String dataset;
  private final List<ImportProblem> problems;
  private final long total;

  public InvalidImportException(String dataset, List<ImportProblem> problems, long total) {
    super(total + " problem(s) in the " + dataset + " file; nothing was written");
    this.dataset = dataset;
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  public String dataset() {
    return dataset;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public long total() {
    return total;
  }
}
