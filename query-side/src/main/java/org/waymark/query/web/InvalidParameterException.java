package org.waymark.query.web;

import java.util.List;

/** Query parameters that cannot be answered; a 400 problem naming every one of them. */
public class InvalidParameterException extends RuntimeException {
  private final List<ParameterProblem> problems;

  public InvalidParameterException(List<ParameterProblem> problems) {
    super(
        "invalid parameter(s): "
            + String.join(", ", problems.stream().map(ParameterProblem::parameter).toList()));
    this.problems = List.copyOf(problems);
  }

  public InvalidParameterException(String parameter, String value, String message) {
    this(List.of(new ParameterProblem(parameter, value, message)));
  }

  public List<ParameterProblem> problems() {
    return problems;
  }
}
