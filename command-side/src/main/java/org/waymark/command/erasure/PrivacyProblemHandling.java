package org.waymark.command.erasure;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.waymark.command.review.ConfidentialReadForbiddenException;
import org.waymark.command.review.ReviewContentErasedException;
import org.waymark.command.web.FieldProblem;
import org.waymark.privacy.ErasedLearnerException;

/**
 * Problem details for privacy refusals: 401 without a user, 403 for a confidential read by someone
 * not allowed, 409 for a command about an erased learner, 410 for content erased for good. Bodies
 * name ids only; nothing is logged.
 */
@RestControllerAdvice
class PrivacyProblemHandling {
  static final URI UNAUTHORIZED = URI.create("urn:waymark:problem:unauthenticated");
  static final URI FORBIDDEN = URI.create("urn:waymark:problem:forbidden");
  static final URI ERASED = URI.create("urn:waymark:problem:erased");

  @ExceptionHandler(AuthenticationRequiredException.class)
  ProblemDetail unauthenticated(AuthenticationRequiredException e) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    pd.setType(UNAUTHORIZED);
    pd.setTitle("Unauthenticated");
    return pd;
  }

  @ExceptionHandler(ConfidentialReadForbiddenException.class)
  ProblemDetail forbidden(ConfidentialReadForbiddenException e) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    pd.setType(FORBIDDEN);
    pd.setTitle("Forbidden");
    pd.setProperty("reviewId", e.reviewId());
    return pd;
  }

  @ExceptionHandler(ReviewContentErasedException.class)
  ProblemDetail gone(ReviewContentErasedException e) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
    pd.setType(ERASED);
    pd.setTitle("Erased");
    pd.setProperty("reviewId", e.reviewId());
    return pd;
  }

  @ExceptionHandler(ErasedLearnerException.class)
  ProblemDetail erasedLearner(ErasedLearnerException e) {
    String message =
        "the learner's personal data was erased: nothing more can be recorded about them";
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
    pd.setType(ERASED);
    pd.setTitle("Conflict");
    pd.setProperty("errors", List.of(new FieldProblem("learnerId", e.learnerId(), message)));
    return pd;
  }
}
