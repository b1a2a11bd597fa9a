package org.waymark.command.review;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.api.review.ReviewIds;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.imports.RecordedAggregates;
import org.waymark.command.review.ReviewInput.ReviewLists;
import org.waymark.command.web.FieldReader;

/**
 * The reviews dataset, natural key review_id. The file carries part of the form: a re-imported row
 * amends only what its columns hold (see {@link ProgressReview#merge}).
 */
@Component
class ReviewsImport implements DatasetImport<RecordProgressReviewCommand> {
  private final Clock clock;
  private final RecordedAggregates recorded;

  ReviewsImport(Clock clock, RecordedAggregates recorded) {
    this.clock = clock;
    this.recorded = recorded;
  }

  @Override
  public String dataset() {
    return "reviews";
  }

  @Override
  public List<String> requiredColumns() {
    return ReviewInput.COLUMNS;
  }

  @Override
  public List<String> optionalColumns() {
    return ReviewInput.OPTIONAL_COLUMNS;
  }

  @Override
  public RecordProgressReviewCommand read(FieldReader row) {
    return ReviewInput.read(row, clock, ReviewLists.NONE, true);
  }

  @Override
  public String naturalKey(RecordProgressReviewCommand row) {
    return row.reviewId();
  }

  @Override
  public void write(List<ImportRow<RecordProgressReviewCommand>> chunk, ImportSink sink) {
    // review_id is unique within a file (the engine checks): a review absent from the store before
    // the chunk is sent is created by its one row, without Axon looking for it first.
    Set<String> known =
        recorded.recorded(chunk.stream().map(r -> ReviewIds.of(r.value().reviewId())).toList());
    for (ImportRow<RecordProgressReviewCommand> row : chunk) {
      RecordProgressReviewCommand c = row.value();
      sink.send(
          row,
          known.contains(ReviewIds.of(c.reviewId())) ? c : new RecordNewProgressReviewCommand(c),
          null);
    }
  }
}
