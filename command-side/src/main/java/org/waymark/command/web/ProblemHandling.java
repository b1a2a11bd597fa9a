package org.waymark.command.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.waymark.command.imports.InvalidImportException;

/**
 * Turns rejected input into RFC 9457 problem details. Bodies name the field and echo the value to
 * the client that sent it; nothing personal is logged.
 */
@RestControllerAdvice
class ProblemHandling {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

  static final URI INVALID_INPUT = URI.create("urn:waymark:problem:invalid-input");
  static final URI CONFLICT = URI.create("urn:waymark:problem:conflict");
  static final URI NOT_FOUND = URI.create("urn:waymark:problem:not-found");

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.problems());
  }

  static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    pd.setType(INVALID_INPUT);
    pd.setTitle("Invalid input");
    pd.setDetail(
        "Invalid field(s): "
            + String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList())
            + ". Nothing was stored.");
    pd.setProperty("errors", problems);
    return pd;
  }

  /** CONTRACT.md: every invalid row as {row, column, value, message}; nothing was written. */
  @ExceptionHandler(InvalidImportException.class)
  ProblemDetail invalidImport(InvalidImportException e) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    pd.setType(INVALID_INPUT);
    pd.setTitle("Invalid import file");
    pd.setDetail(
        e.total()
            + " problem(s) in the "
            + e.dataset()
            + " file"
            + (e.total() > e.problems().size()
                ? " (the first " + e.problems().size() + " listed)"
                : "")
            + ". Nothing was written.");
    pd.setProperty("errors", e.problems());
    pd.setProperty("total", e.total());
    return pd;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return invalid(List.of(new FieldProblem("body", null, "must be a JSON object")));
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return conflict(e.field(), e.value(), e.getMessage());
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
    return notFound(new NotFoundException("record", String.valueOf(e.getAggregateIdentifier())));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail pd =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "No " + e.kind() + " is recorded under that id.");
    pd.setType(NOT_FOUND);
    pd.setTitle("Not found");
    pd.setProperty("id", e.id());
    return pd;
  }

  @ExceptionHandler(ConcurrencyException.class)
  ProblemDetail concurrentChange(ConcurrencyException e) {
    log.info("Concurrent modification rejected: {}", e.getClass().getSimpleName());
    return conflict(null, null, "the record was changed concurrently; retry");
  }

  private static ProblemDetail conflict(String field, String value, String message) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
    pd.setType(CONFLICT);
    pd.setTitle("Conflict");
    if (field != null) {
      pd.setProperty("errors", List.of(new FieldProblem(field, value, message)));
    } else {
      pd.setProperty("errors", List.of(Map.of("message", message)));
    }
    return pd;
  }
}
