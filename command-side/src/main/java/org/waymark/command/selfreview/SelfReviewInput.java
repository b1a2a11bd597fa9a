package org.waymark.command.selfreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.waymark.api.selfreview.CompleteSelfReviewCommand;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.JudgeSelfReviewItemCommand;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.api.selfreview.StartSelfReviewCommand;
import org.waymark.command.web.FieldReader;

/**
 * The fields of the self-review requests, validated into commands. Whether a code belongs to the
 * review's catalogue is the aggregate's to judge (only it knows which catalogue the review uses).
 */
public final class SelfReviewInput {
  public static final List<String> START_FIELDS =
      List.of("reviewId", "providerId", "catalogue", "startedOn");
  public static final List<String> JUDGE_FIELDS =
      List.of("reviewId", "code", "judgement", "evidence", "priority", "reason");
  public static final List<String> COMPLETE_FIELDS = List.of("reviewId", "completedOn");

  static final int EVIDENCE_MAX = 2000;
  static final int REASON_MAX = 500;
  private static final Pattern CODE = Pattern.compile("[A-Z]{1,4}[0-9]{2}");

  private SelfReviewInput() {}

  public static StartSelfReviewCommand start(FieldReader r, Clock clock) {
    String reviewId = r.id("reviewId");
    String providerId = r.id("providerId");
    SelfReviewCatalogue catalogue =
        r.code("catalogue", SelfReviewCatalogue::valueOf, names(SelfReviewCatalogue.values()));
    LocalDate startedOn = notInFuture(r, "startedOn", clock);
    if (!r.valid()) {
      return null;
    }
    return new StartSelfReviewCommand(reviewId, providerId, catalogue, startedOn);
  }

  public static JudgeSelfReviewItemCommand judge(FieldReader r) {
    String reviewId = r.id("reviewId");
    String code =
        r.code(
            "code",
            v -> {
              if (!CODE.matcher(v).matches()) {
                throw new IllegalArgumentException(v);
              }
              return v;
            },
            "a catalogue code such as W01, ILP07 or PRT10");
    SelfReviewJudgement judgement =
        r.code("judgement", SelfReviewJudgement::valueOf, names(SelfReviewJudgement.values()));
    String evidence = r.optionalText("evidence", EVIDENCE_MAX);
    DevelopmentPriority priority =
        r.code("priority", DevelopmentPriority::valueOf, names(DevelopmentPriority.values()));
    String reason = r.optionalText("reason", REASON_MAX);
    if (!r.valid()) {
      return null;
    }
    return new JudgeSelfReviewItemCommand(reviewId, code, judgement, evidence, priority, reason);
  }

  public static CompleteSelfReviewCommand complete(FieldReader r, Clock clock) {
    String reviewId = r.id("reviewId");
    LocalDate completedOn = notInFuture(r, "completedOn", clock);
    if (!r.valid()) {
      return null;
    }
    return new CompleteSelfReviewCommand(reviewId, completedOn);
  }

  static Set<String> fieldSet(List<String> fields) {
    return Set.copyOf(fields);
  }

  private static LocalDate notInFuture(FieldReader r, String field, Clock clock) {
    LocalDate date = r.date(field);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject(field, "must not be in the future");
      return null;
    }
    return date;
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
