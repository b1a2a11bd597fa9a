package org.waymark.command.qa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.waymark.api.qa.AddImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementPlanCommand;
import org.waymark.api.qa.ImprovementActionOutcome;
import org.waymark.api.qa.ImprovementActionStatus;
import org.waymark.api.qa.OpenImprovementPlanCommand;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaTheme;
import org.waymark.api.qa.ReviewImprovementActionCommand;
import org.waymark.command.web.FieldReader;

/**
 * The fields of the provider improvement plan endpoints (seed 002's PIP: area, action, by when,
 * person responsible, date and review of progress), validated into commands naming the field. Dates
 * a user would normally write as today (opening, review, closure) default to today.
 */
final class ImprovementPlanInput {
  static final int AREA_MAX = 500;
  static final int ACTION_MAX = 2000;
  static final int PERSON_MAX = 200;
  static final int PROGRESS_MAX = 2000;

  static final Set<String> OPEN_FIELDS = Set.of("planId", "providerId", "visitId", "openedOn");
  static final Set<String> ACTION_FIELDS =
      Set.of("actionId", "theme", "criterion", "area", "action", "byWhen", "personResponsible");
  static final Set<String> REVIEW_FIELDS = Set.of("reviewedOn", "progress", "status");
  static final Set<String> CLOSE_ACTION_FIELDS = Set.of("closedOn", "outcome");
  static final Set<String> CLOSE_PLAN_FIELDS = Set.of("closedOn");

  private static final QaFramework FRAMEWORK = QaFramework.standard();

  private ImprovementPlanInput() {}

  static OpenImprovementPlanCommand open(QaRequest request, Clock clock) {
    FieldReader r = request.reader;
    String planId = r.id("planId");
    String providerId = r.id("providerId");
    String visitId = request.optionalId("visitId");
    LocalDate openedOn = request.optionalDate("openedOn", LocalDate.now(clock));
    notInFuture(r, "openedOn", openedOn, clock);
    return r.valid() ? new OpenImprovementPlanCommand(planId, providerId, visitId, openedOn) : null;
  }

  /**
   * {@code planId, actionId, theme?, criterion?, area, action, byWhen, personResponsible}; a
   * criterion is its full number ({@code 3.5}) or, with a theme, its number within the theme.
   */
  static AddImprovementActionCommand addAction(QaRequest request) {
    FieldReader r = request.reader;
    String planId = r.id("planId");
    String actionId = r.id("actionId");
    QaTheme theme = request.has("theme") ? QaVisitInput.theme(r) : null;
    String criterionText = r.optionalText("criterion", 8);
    String area = r.text("area", AREA_MAX);
    String action = r.multilineText("action", ACTION_MAX);
    LocalDate byWhen = r.date("byWhen");
    String person = r.text("personResponsible", PERSON_MAX);
    QaCriterion criterion = null;
    if (criterionText != null && r.valid()) {
      String number =
          criterionText.contains(".") || theme == null
              ? criterionText
              : theme.number() + "." + criterionText;
      criterion =
          FRAMEWORK
              .criterion(number)
              .filter(c -> theme == null || c.theme() == theme.number())
              .orElse(null);
      if (criterion == null) {
        r.reject(
            "criterion", "must be a criterion of the QA framework (1.1 to 9.5) in the theme given");
      }
    }
    if (!r.valid()) {
      return null;
    }
    Integer themeNumber =
        theme != null
            ? Integer.valueOf(theme.number())
            : criterion == null ? null : criterion.theme();
    return new AddImprovementActionCommand(
        planId,
        actionId,
        themeNumber,
        criterion == null ? null : criterion.number(),
        area,
        action,
        byWhen,
        person);
  }

  static ReviewImprovementActionCommand review(QaRequest request, Clock clock) {
    FieldReader r = request.reader;
    String planId = r.id("planId");
    String actionId = r.id("actionId");
    LocalDate reviewedOn = request.optionalDate("reviewedOn", LocalDate.now(clock));
    String progress = r.multilineText("progress", PROGRESS_MAX);
    ImprovementActionStatus status =
        r.code(
            "status",
            ImprovementActionStatus::valueOf,
            "NOT_STARTED, ON_TRACK, OFF_TRACK, ACHIEVED");
    notInFuture(r, "reviewedOn", reviewedOn, clock);
    return r.valid()
        ? new ReviewImprovementActionCommand(planId, actionId, reviewedOn, progress, status)
        : null;
  }

  static CloseImprovementActionCommand closeAction(QaRequest request, Clock clock) {
    FieldReader r = request.reader;
    String planId = r.id("planId");
    String actionId = r.id("actionId");
    LocalDate closedOn = request.optionalDate("closedOn", LocalDate.now(clock));
    ImprovementActionOutcome outcome =
        r.code("outcome", ImprovementActionOutcome::valueOf, "ACHIEVED, NOT_ACHIEVED, WITHDRAWN");
    notInFuture(r, "closedOn", closedOn, clock);
    return r.valid()
        ? new CloseImprovementActionCommand(planId, actionId, closedOn, outcome)
        : null;
  }

  static CloseImprovementPlanCommand closePlan(QaRequest request, Clock clock) {
    FieldReader r = request.reader;
    String planId = r.id("planId");
    LocalDate closedOn = request.optionalDate("closedOn", LocalDate.now(clock));
    notInFuture(r, "closedOn", closedOn, clock);
    return r.valid() ? new CloseImprovementPlanCommand(planId, closedOn) : null;
  }

  private static void notInFuture(FieldReader r, String field, LocalDate date, Clock clock) {
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject(field, "must not be in the future");
    }
  }
}
