package org.waymark.infra.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.provider.ProviderKind;

/**
 * Writes the learning records of every learner: {@code assessments.csv}, {@code targets.csv},
 * {@code target_outcomes.csv} and {@code reviews.csv}, learner by learner.
 *
 * <p>Assessments, areas english, maths, science, scores on the 1-9 (GCSE grade) scale with one
 * decimal: BASELINE near the start (or enrolment), PROGRESS mid-period, FINAL near the end when the
 * period is longer than a term (over 120 days). Baseline = 4.9 + ability (sd 1) + area noise (sd
 * 0.5), less 1.1 for the disadvantaged, 1.0 for SEN support, 2.0 for an EHC plan, 0.6 for looked
 * after and 0.3 in english for EAL learners: about the per-subject size of the DfE attainment gaps
 * at key stage 4 (Attainment 8 gaps of about 15 points over 10 slots). Progress per term (91 days)
 * is 0.35 ± 0.15, 0.08 less for the disadvantaged and for SEND, and lower the more a learner is
 * absent; each score has noise sd 0.25. 3% of learners have no baseline.
 *
 * <p>Targets: 2-4 per learner, spread over the period, due 4-10 weeks after being set. A due target
 * gets an outcome near its due date with probability 85% (the others are overdue): MET 50% (40% for
 * the disadvantaged or SEND), PARTIALLY_MET 20%, NOT_MET 15% (25%), CARRIED_FORWARD 10% with a new
 * due date 4-6 weeks later and usually a final outcome then, WITHDRAWN 5%. 5% of learners have
 * their first two due targets NOT_MET in a row.
 *
 * <p>Reviews: the first within four weeks of the start, then every 5-6 weeks on a school day. 8% of
 * learners (18% of the at-risk) have no review in the 42 days before {@code to} (overdue). 2% of
 * reviews are confidential, with an obviously synthetic comment.
 */
final class Learning {
  static final List<String> AREAS = List.of("english", "maths", "science");

  private static final Map<String, Double> AREA_OFFSET =
      Map.of("english", 0.0, "maths", -0.1, "science", -0.2);

  private static final Map<String, List<String>> TARGET_TEXT =
      Map.of(
          "english",
          List.of(
              "Write a full-page answer using paragraphs, with a clear opening",
              "Read one chapter a week and keep a reading log",
              "Use quotations to support points in essays",
              "Check spelling, punctuation and grammar before handing work in"),
          "maths",
          List.of(
              "Solve two-step equations without a calculator",
              "Learn times tables to 12 x 12, tested weekly",
              "Work with fractions, decimals and percentages",
              "Show working in every answer"),
          "science",
          List.of(
              "Write up a practical with method, results and conclusion",
              "Learn the key words of the current topic",
              "Draw and label a results graph accurately",
              "Explain a process in the correct order, using \"because\""));

  private static final List<String> LEARNER_COMMENTS =
      List.of(
          "I'm enjoying maths more, but science is still hard.",
          "Going well. I want to work on my reading.",
          "I find it hard to get in on time, but I'm trying.",
          "Said \"the new timetable helps\".",
          "Happy with my progress this half term.",
          "I'd like more help with coursework.");

  private static final List<String> TUTOR_COMMENTS =
      List.of(
          "Good effort this half term; keep it up.",
          "Attendance is affecting progress, discussed with parent.",
          "Targets reviewed, two met and one carried forward.",
          "Needs to bring equipment to every lesson.",
          "Strong progress in english, maths steady.",
          "Agreed a support plan with the SENCO.");

  private static final String CONFIDENTIAL =
      "SYNTHETIC CONFIDENTIAL NOTE - demo data only, describes no real person.";

  private final DemoSpec spec;
  private final SchoolCalendar calendar;
  private final Population population;
  private final long periodDays;

  Learning(DemoSpec spec, SchoolCalendar calendar, Population population) {
    this.spec = spec;
    this.calendar = calendar;
    this.population = population;
    this.periodDays = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
  }

  // --- assessments ---------------------------------------------------------------------------

  /**
   * Progress checks ("data drops") between the baseline and any final assessment: one at the middle
   * of a period of a term or so, and one every half-term (at 1/5, 2/5, 3/5 and 4/5 of the period)
   * in a year-long one, so a year holds baseline, four progress checks and a final per area: 18
   * assessments a learner, 450,000 for 25,000 learners.
   */
  private List<LocalDate> progressChecks(boolean withFinal) {
    int checks = withFinal ? 4 : 1;
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 1; i <= checks; i++) {
      addIfLater(dates, calendar.onOrBefore(spec.from().plusDays(periodDays * i / (checks + 1))));
    }
    return dates;
  }

  /** Appends {@code d}, if there is one, when it comes after the last date already there. */
  private static void addIfLater(List<LocalDate> dates, LocalDate d) {
    if (d != null && (dates.isEmpty() || d.isAfter(dates.get(dates.size() - 1)))) {
      dates.add(d);
    }
  }

  void writeAssessments(CsvOut out) throws IOException {
    Rng rng = Rng.of(spec.seed(), Rng.Concern.ASSESSMENTS);
    boolean withFinal = periodDays > 120;
    List<LocalDate> checks = progressChecks(withFinal);
    for (DemoLearner l : population.learners) {
      LocalDate start = l.enrolledOn().isAfter(spec.from()) ? l.enrolledOn() : spec.from();
      LocalDate baselineOn = calendar.onOrAfter(start.plusDays(rng.below(10)));
      boolean noBaseline = rng.chance(0.03);
      double rate =
          0.35
              + 0.15 * rng.gaussian()
              - (l.disadvantaged() ? 0.08 : 0)
              - (l.hasSend() ? 0.08 : 0)
              - 1.5 * (l.absencePropensity() - 0.07);
      List<LocalDate> progressOn = new ArrayList<>(checks.size());
      for (LocalDate check : checks) {
        addIfLater(progressOn, calendar.onOrAfter(check.plusDays(rng.below(5))));
      }
      LocalDate finalOn =
          withFinal ? calendar.onOrBefore(spec.to().minusDays(rng.below(10))) : null;
      for (String area : AREAS) {
        double base =
            4.9
                + l.ability()
                + 0.5 * rng.gaussian()
                + AREA_OFFSET.get(area)
                - (l.disadvantaged() ? 1.1 : 0)
                - (l.send() == SendStatus.K ? 1.0 : 0)
                - (l.send() == SendStatus.E ? 2.0 : 0)
                - (l.lookedAfter() ? 0.6 : 0)
                - (l.eal() && area.equals("english") ? 0.3 : 0);
        if (baselineOn == null || baselineOn.isAfter(spec.to())) {
          continue;
        }
        if (!noBaseline) {
          out.row(l.id(), area, baselineOn.toString(), "BASELINE", score(base));
        }
        LocalDate last = baselineOn;
        for (LocalDate on : progressOn) {
          if (!on.isAfter(baselineOn) || on.isAfter(spec.to())) {
            continue;
          }
          double terms = ChronoUnit.DAYS.between(baselineOn, on) / 91.0;
          out.row(
              l.id(),
              area,
              on.toString(),
              "PROGRESS",
              score(base + rate * terms + 0.25 * rng.gaussian()));
          last = on;
        }
        if (finalOn != null && finalOn.isAfter(last)) {
          double terms = ChronoUnit.DAYS.between(baselineOn, finalOn) / 91.0;
          out.row(
              l.id(),
              area,
              finalOn.toString(),
              "FINAL",
              score(base + rate * terms + 0.25 * rng.gaussian()));
        }
      }
    }
  }

  /** A 1-9 score with one decimal, written without locale ({@code 4.7}). */
  static String score(double x) {
    long tenths = Math.max(10, Math.min(90, Math.round(x * 10)));
    return (tenths / 10) + "." + (tenths % 10);
  }

  // --- targets and outcomes -------------------------------------------------------------------

  void writeTargets(CsvOut targets, CsvOut outcomes) throws IOException {
    Rng rng = Rng.of(spec.seed(), Rng.Concern.TARGETS);
    for (DemoLearner l : population.learners) {
      LocalDate start = l.enrolledOn().isAfter(spec.from()) ? l.enrolledOn() : spec.from();
      long window = ChronoUnit.DAYS.between(start, spec.to()) + 1;
      int count = rng.between(2, 4);
      boolean twoNotMet = rng.chance(0.05);
      boolean weaker = l.disadvantaged() || l.hasSend();
      int notMetSoFar = 0;
      String learnerNumber = l.id().substring(1);
      for (int k = 0; k < count; k++) {
        LocalDate setOn =
            calendar.onOrAfter(start.plusDays((long) (k * window * 0.8 / count) + rng.below(7)));
        if (setOn == null || setOn.isAfter(spec.to())) {
          break;
        }
        String area = rng.pick(AREAS);
        LocalDate dueOn = setOn.plusWeeks(rng.between(4, 10));
        String id = "T" + learnerNumber + "-" + (k + 1);
        targets.row(
            id, l.id(), area, rng.pick(TARGET_TEXT.get(area)), setOn.toString(), dueOn.toString());
        if (dueOn.isAfter(spec.to()) || rng.chance(0.15)) {
          continue; // open: not yet due, or overdue with no outcome
        }
        String outcome;
        if (twoNotMet && notMetSoFar < 2) {
          outcome = "NOT_MET";
        } else {
          double u = rng.uniform();
          double met = weaker ? 0.40 : 0.50;
          double notMet = weaker ? 0.25 : 0.15;
          outcome =
              u < met
                  ? "MET"
                  : u < met + 0.20
                      ? "PARTIALLY_MET"
                      : u < met + 0.20 + notMet
                          ? "NOT_MET"
                          : u < met + 0.20 + notMet + 0.10 ? "CARRIED_FORWARD" : "WITHDRAWN";
        }
        if (outcome.equals("NOT_MET")) {
          notMetSoFar++;
        }
        LocalDate on = outcomeDate(dueOn.plusDays(rng.between(-3, 7)), setOn);
        if (!outcome.equals("CARRIED_FORWARD")) {
          outcomes.row(id, on.toString(), outcome, null);
          continue;
        }
        LocalDate newDue = on.plusWeeks(rng.between(4, 6));
        outcomes.row(id, on.toString(), outcome, newDue.toString());
        if (!newDue.isAfter(spec.to()) && rng.chance(0.8)) {
          LocalDate then = outcomeDate(newDue.plusDays(rng.between(-3, 7)), on);
          if (then.isAfter(on)) {
            double u = rng.uniform();
            String last =
                u < 0.5 ? "MET" : u < 0.75 ? "PARTIALLY_MET" : u < 0.95 ? "NOT_MET" : "WITHDRAWN";
            outcomes.row(id, then.toString(), last, null);
          }
        }
      }
    }
  }

  /** {@code d} moved into {@code after+1 .. to}, on a school day where one is in range. */
  private LocalDate outcomeDate(LocalDate d, LocalDate after) {
    LocalDate x = d.isAfter(spec.to()) ? spec.to() : d;
    if (!x.isAfter(after)) {
      x = after.plusDays(1);
    }
    LocalDate school = calendar.onOrBefore(x);
    if (school != null && school.isAfter(after)) {
      return school;
    }
    return x.isAfter(spec.to()) ? spec.to() : x;
  }

  // --- reviews --------------------------------------------------------------------------------

  void writeReviews(CsvOut out) throws IOException {
    Rng rng = Rng.of(spec.seed(), Rng.Concern.REVIEWS);
    for (DemoLearner l : population.learners) {
      LocalDate start = l.enrolledOn().isAfter(spec.from()) ? l.enrolledOn() : spec.from();
      boolean overdue = rng.chance(l.atRisk() ? 0.18 : 0.08);
      LocalDate held = calendar.onOrAfter(start.plusDays(rng.below(28)));
      String learnerNumber = l.id().substring(1);
      int n = 0;
      while (held != null && !held.isAfter(spec.to())) {
        if (overdue && held.isAfter(spec.to().minusDays(43))) {
          break;
        }
        n++;
        boolean onTarget = rng.chance(0.78 - (l.atRisk() ? 0.3 : 0) - (l.hasSend() ? 0.1 : 0));
        double lateness = l.latePropensity() * (0.7 + 0.6 * rng.uniform());
        String punctuality =
            lateness < 0.02
                ? "EXCELLENT"
                : lateness < 0.04 ? "GOOD" : lateness < 0.08 ? "REASONABLE" : "POOR";
        boolean confidential = rng.chance(0.02);
        String learnerComment = rng.chance(0.7) ? rng.pick(LEARNER_COMMENTS) : null;
        String tutorComment = rng.pick(TUTOR_COMMENTS);
        if (confidential) {
          learnerComment = null;
          tutorComment = CONFIDENTIAL;
        }
        out.row(
            "R" + learnerNumber + "-" + Population.pad(n, 2),
            l.id(),
            held.toString(),
            l.tutor(),
            onTarget ? "Y" : "N",
            punctuality,
            workingTowards(l),
            learnerComment,
            tutorComment,
            confidential ? "Y" : "N",
            held.plusDays(42).toString());
        held = calendar.onOrAfter(held.plusDays(35 + rng.below(8)));
      }
    }
  }

  /** The learner's aim, the same at every review: from provider kind, year and ability. */
  private static String workingTowards(DemoLearner l) {
    if (l.provider().kind() == ProviderKind.WORK_BASED_LEARNING) {
      return "Level 2 Apprenticeship";
    }
    if (l.yearGroup() >= 12) {
      return l.ability() > 0.5
          ? "A level"
          : l.ability() > -0.5 ? "Level 3 BTEC Diploma" : "Level 2 Certificate";
    }
    long grade = Math.round(5.4 + l.ability() - (l.disadvantaged() ? 1.1 : 0));
    return "GCSE grade " + Math.max(3, Math.min(8, grade));
  }
}
