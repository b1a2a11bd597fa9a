package org.waymark.command.qa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.api.qa.CompleteQaVisitCommand;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.QaTheme;
import org.waymark.api.qa.RecordPreVisitCheckCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.api.qa.SetQaThemePriorityCommand;
import org.waymark.command.web.FieldReader;

/**
 * The fields of the QA visit endpoints and of the qa_judgements dataset (CONTRACT.md), validated
 * into commands with errors that name the field. The framework's codes are checked here (theme 1 to
 * 9, a criterion of that theme, a judgement the theme takes) so a client hears of them before
 * anything is sent; the aggregate checks them again.
 */
public final class QaVisitInput {
  static final int VISITORS_MAX = 500;
  static final int EVIDENCE_MAX = 2000;
  static final int COMMENTS_MAX = 2000;
  static final int REASON_MAX = 500;
  static final int PRIORITIES_MAX = 4000;
  static final int OFSTED_OUTCOME_MAX = 100;
  static final Pattern DFE_NUMBER = Pattern.compile("[0-9]{3}/?[0-9]{4}");

  static final Set<String> SCHEDULE_FIELDS = Set.of("visitId", "providerId", "visitOn", "visitors");
  static final Set<String> PRE_VISIT_CHECK_FIELDS =
      Set.of("registered", "dfeNumber", "lastOfstedOutcome", "lastOfstedOn");
  static final Set<String> PRE_VISIT_CHECK_LISTS = Set.of("areasForImprovement");
  static final Set<String> JUDGEMENT_FIELDS = Set.of("judgement", "evidence", "comments", "reason");
  static final Set<String> PRIORITY_FIELDS = Set.of("priorities");
  static final Set<String> COMPLETE_FIELDS = Set.of("completedOn");

  private static final QaFramework FRAMEWORK = QaFramework.standard();

  private QaVisitInput() {}

  /** {@code visitId, providerId, visitOn, visitors?}: schedules a visit. */
  public static ScheduleQaVisitCommand schedule(FieldReader r) {
    String visitId = r.id("visitId");
    String providerId = r.id("providerId");
    LocalDate visitOn = r.date("visitOn");
    String visitors = r.optionalText("visitors", VISITORS_MAX);
    return r.valid() ? new ScheduleQaVisitCommand(visitId, providerId, visitOn, visitors) : null;
  }

  /**
   * {@code visitId, registered (Y/N), dfeNumber?, lastOfstedOutcome?, lastOfstedOn?} and the {@code
   * areasForImprovement} list: registered provision has a DfE number and may have an Ofsted outcome
   * with its date; unregistered provision has neither.
   */
  static RecordPreVisitCheckCommand preVisitCheck(QaRequest request, Clock clock) {
    FieldReader r = request.reader;
    String visitId = r.id("visitId");
    boolean registered = r.yesNo("registered");
    String dfeNumber = r.optionalText("dfeNumber", 16);
    String outcome = r.optionalText("lastOfstedOutcome", OFSTED_OUTCOME_MAX);
    LocalDate lastOfstedOn = request.optionalDate("lastOfstedOn", null);
    List<String> areas = request.list("areasForImprovement");
    if (!r.valid()) {
      return null;
    }
    if (registered) {
      if (dfeNumber == null) {
        r.reject("dfeNumber", "is required for registered provision");
      } else if (!DFE_NUMBER.matcher(dfeNumber).matches()) {
        r.reject("dfeNumber", "must be a DfE number: 3-digit LA code and 4-digit establishment");
      }
      if ((outcome == null) != (lastOfstedOn == null)) {
        r.reject(
            outcome == null ? "lastOfstedOutcome" : "lastOfstedOn",
            "the last Ofsted outcome and its date go together");
      }
      if (lastOfstedOn != null && lastOfstedOn.isAfter(LocalDate.now(clock))) {
        r.reject("lastOfstedOn", "must not be in the future");
      }
    } else {
      if (dfeNumber != null) {
        r.reject("dfeNumber", "only registered provision has a DfE number");
      }
      if (outcome != null) {
        r.reject("lastOfstedOutcome", "only registered provision is inspected by Ofsted");
      }
      if (lastOfstedOn != null) {
        r.reject("lastOfstedOn", "only registered provision is inspected by Ofsted");
      }
      if (!areas.isEmpty()) {
        r.reject("areasForImprovement", "come from an Ofsted report: registered provision only");
      }
    }
    if (!r.valid()) {
      return null;
    }
    return new RecordPreVisitCheckCommand(
        visitId, registered, dfeNumber, outcome, lastOfstedOn, areas);
  }

  /** {@code visitId, theme, criterion, judgement, evidence?, comments?, reason?}. */
  static JudgeQaCriterionCommand judge(FieldReader r) {
    String visitId = r.id("visitId");
    Judged judged = judged(r);
    String comments = r.optionalMultilineText("comments", COMMENTS_MAX);
    String reason = r.optionalText("reason", REASON_MAX);
    if (!r.valid()) {
      return null;
    }
    return new JudgeQaCriterionCommand(
        visitId,
        judged.theme().number(),
        judged.criterion().number(),
        judged.judgement(),
        judged.evidence(),
        comments,
        reason);
  }

  /** {@code visitId, theme, priorities}. */
  static SetQaThemePriorityCommand priority(FieldReader r) {
    String visitId = r.id("visitId");
    QaTheme theme = theme(r);
    String priorities = r.text("priorities", PRIORITIES_MAX);
    return r.valid() ? new SetQaThemePriorityCommand(visitId, theme.number(), priorities) : null;
  }

  /** {@code visitId, completedOn?} (today when absent). */
  static CompleteQaVisitCommand complete(QaRequest request) {
    FieldReader r = request.reader;
    String visitId = r.id("visitId");
    LocalDate completedOn = request.optionalDate("completedOn", null);
    return r.valid() ? new CompleteQaVisitCommand(visitId, completedOn) : null;
  }

  /** A theme, criterion, judgement and evidence read and checked against the framework. */
  record Judged(QaTheme theme, QaCriterion criterion, QaJudgement judgement, String evidence) {}

  /**
   * Reads {@code theme}, {@code criterion} (its full number {@code 1.3}, or {@code 3} within the
   * theme), {@code judgement} and {@code evidence?}; null when any is invalid.
   */
  static Judged judged(FieldReader r) {
    QaTheme theme = theme(r);
    String criterionText = r.text("criterion", 8);
    QaJudgement judgement =
        r.code("judgement", QaJudgement::valueOf, "FULLY_MET, PARTIALLY_MET, NOT_MET");
    String evidence = r.optionalMultilineText("evidence", EVIDENCE_MAX);
    QaCriterion criterion = null;
    if (theme != null && criterionText != null) {
      String number =
          criterionText.contains(".") ? criterionText : theme.number() + "." + criterionText;
      criterion = FRAMEWORK.criterion(number).filter(c -> c.theme() == theme.number()).orElse(null);
      if (criterion == null) {
        r.reject(
            "criterion",
            "must be a criterion of theme "
                + theme.number()
                + ": "
                + theme.criteria().get(0).number()
                + " to "
                + theme.criteria().get(theme.criteria().size() - 1).number());
      }
    }
    if (theme != null && judgement != null && !theme.allows(judgement)) {
      r.reject(
          "judgement",
          "theme "
              + theme.number()
              + " ("
              + theme.title()
              + ") is essential: FULLY_MET or NOT_MET");
    }
    return criterion == null || judgement == null || !r.valid()
        ? null
        : new Judged(theme, criterion, judgement, evidence);
  }

  static QaTheme theme(FieldReader r) {
    return r.code("theme", QaVisitInput::parseTheme, "1 to 9");
  }

  private static QaTheme parseTheme(String text) {
    return FRAMEWORK
        .theme(Integer.parseInt(text))
        .orElseThrow(() -> new IllegalArgumentException("no theme " + text));
  }
}
