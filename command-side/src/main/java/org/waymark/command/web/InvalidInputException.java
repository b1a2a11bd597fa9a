package org.waymark.command.web;

import java.util.List;

/** Input that failed validation: answered with 400 and a problem+json body naming every field. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.size() + " invalid field(s)");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
