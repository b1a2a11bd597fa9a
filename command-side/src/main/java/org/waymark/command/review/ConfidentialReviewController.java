package org.waymark.command.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.review.ConfidentialReviewContent;
import org.waymark.api.review.ReadConfidentialReviewCommand;
import org.waymark.command.config.RecordingContext;
import org.waymark.command.erasure.AuthenticationRequiredException;
import org.waymark.command.web.NotFoundException;

/**
 * {@code GET /api/v1/reviews/{reviewId}/confidential}: the content of a confidential review, for
 * the safeguarding lead or the review's author only. Each read is recorded as a {@code
 * ConfidentialReviewReadEvent} before the content is returned; if that cannot be stored, nothing
 * is. Who is asking comes from the Servlet API alone ({@link
 * HttpServletRequest#getUserPrincipal()}, {@link HttpServletRequest#isUserInRole}), which the
 * security layer populates.
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ConfidentialReviewController {
  static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";

  private final CommandGateway gateway;
  private final RecordingContext recording;

  ConfidentialReviewController(CommandGateway gateway, RecordingContext recording) {
    this.gateway = gateway;
    this.recording = recording;
  }

  @Operation(
      summary = "Read a confidential review's content (recorded)",
      description =
          "SAFEGUARDING_LEAD or the review's author only: 401 without a user, 403 for anyone else,"
              + " 404 for an unknown review, 409 when the review is not confidential, 410 when the"
              + " learner was erased. Every successful read is recorded as an event.")
  @GetMapping("/{reviewId}/confidential")
  ConfidentialReviewContent read(@PathVariable String reviewId, HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    if (user == null) {
      throw new AuthenticationRequiredException();
    }
    try {
      ReadConfidentialReviewCommand command =
          new ReadConfidentialReviewCommand(
              reviewId, user.getName(), request.isUserInRole(SAFEGUARDING_LEAD));
      return gateway.sendAndWait(
          GenericCommandMessage.asCommandMessage(command).andMetaData(recording.metadata()));
    } catch (AggregateNotFoundException e) {
      throw new NotFoundException("review", reviewId);
    }
  }
}
