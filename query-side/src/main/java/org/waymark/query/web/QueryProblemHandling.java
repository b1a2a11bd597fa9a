package org.waymark.query.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Query-side failures as RFC 9457 problem details. */
@RestControllerAdvice
class QueryProblemHandling {
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
}
