package org.waymark.command.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.command.web.CommandSender;

/**
 * {@code POST /api/v1/reviews}: records a progress review with the whole of seed 004's form, or
 * amends the review recorded under the same id.
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {
  private final CommandSender commands;
  private final Clock clock;

  ReviewController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Record or amend a progress review",
      description =
          "Fields: reviewId, learnerId, heldOn, tutor, onTarget (Y/N), punctuality (EXCELLENT, GOOD, REASONABLE, POOR); optional workingTowards, learnerComment, tutorComment, confidential (Y/N), nextReviewOn (after heldOn), lessons, absences (at most lessons), previousTargetsMet (Y/N), whyNotMet, learnerSignedOn, tutorSignedOn (not before heldOn), reason; lists targetsReviewed [{targetId, met: Y/N}], newTargetIds [id], copiesTo [LEARNER, ILR, HOME_SCHOOL, PARENTS_CARERS].")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> record(@RequestBody JsonNode body) {
    ReviewJson.Parsed parsed = ReviewJson.parse(body);
    RecordProgressReviewCommand command =
        ReviewInput.read(parsed.reader(), clock, parsed.lists(), false);
    parsed.reader().throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/reviews/" + command.reviewId()))
        .body(Map.of("reviewId", command.reviewId(), "position", position));
  }
}
