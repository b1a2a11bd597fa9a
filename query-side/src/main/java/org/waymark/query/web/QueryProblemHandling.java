package org.waymark.query.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Query-side failures as RFC 9457 problem details. */
@RestControllerAdvice
class QueryProblemHandling {
  static final URI INVALID_PARAMETER = URI.create("urn:waymark:problem:invalid-parameter");

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail pd =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            "No " + e.kind() + " with that id in the read models (it may not be projected yet).");
    pd.setType(URI.create("urn:waymark:problem:not-found"));
    pd.setTitle("Not found");
    pd.setProperty("id", e.id());
    return pd;
  }

  /** Every bad parameter named, with the value sent and what is wrong. */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException e) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    pd.setType(INVALID_PARAMETER);
    pd.setTitle("Invalid query parameter");
    pd.setDetail(
        "Invalid parameter(s): "
            + String.join(
                ", ", e.problems().stream().map(ParameterProblem::parameter).distinct().toList())
            + ".");
    pd.setProperty("errors", e.problems());
    return pd;
  }
}
