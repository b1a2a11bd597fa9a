package org.waymark.infra.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.learner.SendStatus;

/**
 * Writes {@code attendance.csv} and {@code attendance-amendments.csv} learner by learner: all of
 * one learner's marks are contiguous and in date order (AM before PM), so the importer, which sends
 * one event per learner per chunk of rows, produces about as many events as learners. Only one
 * learner's marks are in memory at a time.
 *
 * <p>Per school day on or after enrolment: a planned closure ({@code #}) on the first day of a term
 * at providers that take INSET days; rarely {@code X} for sixth formers; otherwise an absence day
 * with the learner's propensity (see {@link Population}), whole-day or half-day, with a DfE code
 * drawn from the authorised and unauthorised lists (more unauthorised for the disadvantaged and the
 * at-risk); otherwise present ({@code /} AM, {@code \} PM), late ({@code L} with minutes) with the
 * learner's late propensity, {@code B} on placement days in proportion to the placement's hours,
 * and occasionally {@code P} or {@code V}.
 *
 * <p>About 0.5% of marks are amended later: {@code N} (reason not yet established) is resolved to
 * {@code I} or {@code O} for nearly half of them, and a few other marks are corrected (present to
 * late, late to present, absent to present, {@code O} to {@code G}). An amendment row has the same
 * key as the original, another code, and a {@code reason}.
 */
final class Registers {
  /** Share of absence days that are half days, used to turn a session rate into a day rate. */
  private static final double HALF_DAY_SHARE = 0.2;

  private static final double AMEND_UNESTABLISHED = 0.45;
  private static final double AMEND_OTHER = 0.0035;

  private final List<LocalDate> days;
  private final String[] dayText;
  private final boolean[] termStart;
  private final Population population;
  private final Rng rng;
  private final Rng amend;
  private final Map<String, AttendanceCategory> categories = new HashMap<>();

  long possible;
  long absent;
  long learnersWithPossible;
  long persistentAbsentees;

  Registers(DemoSpec spec, SchoolCalendar calendar, Population population) {
    this.days = calendar.schoolDays(spec.from(), spec.to());
    this.dayText = days.stream().map(LocalDate::toString).toArray(String[]::new);
    this.termStart = new boolean[days.size()];
    for (int i = 0; i < days.size(); i++) {
      termStart[i] = calendar.termStarts().contains(days.get(i));
    }
    this.population = population;
    this.rng = Rng.of(spec.seed(), Rng.Concern.ATTENDANCE);
    this.amend = Rng.of(spec.seed(), Rng.Concern.AMENDMENTS);
    for (AttendanceCode c : AttendanceCode.values()) {
      categories.put(c.code(), c.category());
    }
  }

  void write(CsvOut attendance, CsvOut amendments) throws IOException {
    int n = days.size();
    String[] code = new String[2 * n];
    int[] minutes = new int[2 * n];
    String[] reason = new String[2 * n];
    StringBuilder marks = new StringBuilder(64 * 2 * n);
    StringBuilder changes = new StringBuilder(1024);
    for (DemoLearner learner : population.learners) {
      int first = Collections.binarySearch(days, learner.enrolledOn());
      first = first >= 0 ? first : -first - 1;
      DemoPlacement placement = population.placementOf[learner.number()];
      generate(learner, placement, first, code, minutes, reason);

      marks.setLength(0);
      changes.setLength(0);
      long changed = 0;
      int learnerPossible = 0;
      int learnerAbsent = 0;
      for (int j = 2 * first; j < 2 * n; j++) {
        boolean am = j % 2 == 0;
        appendRow(marks, learner.id(), dayText[j / 2], am, code[j], minutes[j], reason[j]);
        String after = code[j];
        String why = amendment(code[j], am);
        if (why != null) {
          after = amendedCode;
          int mins = after.equals("L") ? 5 + amend.below(16) : -1;
          appendRow(changes, learner.id(), dayText[j / 2], am, after, mins, why);
          changed++;
        }
        AttendanceCategory category = categories.get(after);
        if (category.isPossible()) {
          learnerPossible++;
          if (category.isAbsence()) {
            learnerAbsent++;
          }
        }
      }
      attendance.raw(marks, 2L * (n - first));
      amendments.raw(changes, changed);
      possible += learnerPossible;
      absent += learnerAbsent;
      if (learnerPossible > 0) {
        learnersWithPossible++;
        if (learnerAbsent * 10 >= learnerPossible) {
          persistentAbsentees++;
        }
      }
    }
  }

  private static void appendRow(
      StringBuilder b,
      String learnerId,
      String date,
      boolean am,
      String code,
      int minutes,
      String reason) {
    b.append(learnerId).append(',').append(date).append(am ? ",AM," : ",PM,").append(code);
    b.append(',');
    if (minutes >= 0) {
      b.append(minutes);
    }
    b.append(',');
    if (reason != null) {
      b.append(CsvOut.quote(reason));
    }
    b.append('\n');
  }

  private void generate(
      DemoLearner learner,
      DemoPlacement placement,
      int first,
      String[] code,
      int[] minutes,
      String[] reason) {
    double dayRate = Math.min(0.98, learner.absencePropensity() / (1 - HALF_DAY_SHARE / 2));
    boolean sixthForm = learner.yearGroup() >= 12;
    boolean inset = learner.provider().insetDays();
    for (int i = first; i < days.size(); i++) {
      int am = 2 * i;
      int pm = am + 1;
      code[am] = "/";
      code[pm] = "\\";
      minutes[am] = -1;
      minutes[pm] = -1;
      reason[am] = null;
      reason[pm] = null;
      if (inset && termStart[i]) {
        code[am] = "#";
        code[pm] = "#";
        continue;
      }
      if (sixthForm && rng.chance(0.003)) {
        code[am] = "X";
        code[pm] = "X";
        continue;
      }
      if (rng.chance(dayRate)) {
        String c = absenceCode(learner);
        if (c.equals("U")) {
          code[am] = "U";
          minutes[am] = 35 + rng.below(56);
        } else if (c.equals("M") || rng.chance(0.12)) {
          code[rng.chance(0.5) ? am : pm] = c;
        } else {
          code[am] = c;
          code[pm] = c;
          if (c.equals("C") && rng.chance(0.3)) {
            reason[am] = "Exceptional circumstances, agreed by the head teacher (synthetic)";
            reason[pm] = reason[am];
          }
        }
      }
      boolean onPlacement = placement != null && placement.activeOn(days.get(i));
      for (int j = am; j <= pm; j++) {
        if (!(code[j].equals("/") || code[j].equals("\\"))) {
          continue;
        }
        if (onPlacement && rng.chance(Math.min(1, placement.hoursPerWeek() / 25))) {
          code[j] = "B";
        } else if (j == am && rng.chance(learner.latePropensity())) {
          code[j] = "L";
          minutes[j] = 1 + (int) Math.min(29, rng.exponential(7));
        } else if (rng.chance(0.003)) {
          code[j] = rng.chance(0.5) ? "P" : "V";
        }
      }
    }
  }

  /**
   * An absence code. Unauthorised share 30%, +10 points for the disadvantaged and +10 for the
   * at-risk; among unauthorised: O 55%, G 15%, N 18%, U 12%; among authorised: illness I 74%, M
   * 10%, C 5%, R 3%, E 3% (at-risk only), C2 2% (at-risk only), S/J1 2% (year 11+), T 1%.
   */
  private String absenceCode(DemoLearner l) {
    double unauthorised = 0.30 + (l.disadvantaged() ? 0.10 : 0) + (l.atRisk() ? 0.10 : 0);
    double u = rng.uniform();
    if (rng.chance(unauthorised)) {
      return u < 0.55 ? "O" : u < 0.70 ? "G" : u < 0.88 ? "N" : "U";
    }
    if (u < 0.74) {
      return "I";
    } else if (u < 0.84) {
      return "M";
    } else if (u < 0.89) {
      return "C";
    } else if (u < 0.92) {
      return "R";
    } else if (u < 0.95) {
      return l.atRisk() ? "E" : "I";
    } else if (u < 0.97) {
      return l.atRisk() || l.send() != SendStatus.N ? "C2" : "I";
    } else if (u < 0.99) {
      return l.yearGroup() >= 11 ? (u < 0.98 ? "S" : "J1") : "I";
    }
    return "T";
  }

  private String amendedCode;

  /** The reason when this mark is to be amended (leaving the new code in amendedCode), or null. */
  private String amendment(String code, boolean am) {
    String present = am ? "/" : "\\";
    switch (code) {
      case "N" -> {
        if (!amend.chance(AMEND_UNESTABLISHED)) {
          return null;
        }
        if (amend.chance(0.7)) {
          amendedCode = "I";
          return "Parent confirmed illness by phone";
        }
        amendedCode = "O";
        return "No reason received after follow-up, recorded as unauthorised";
      }
      case "/", "\\" -> {
        if (!amend.chance(AMEND_OTHER)) {
          return null;
        }
        amendedCode = "L";
        return "Register corrected: arrived late";
      }
      case "L" -> {
        if (!amend.chance(AMEND_OTHER)) {
          return null;
        }
        amendedCode = present;
        return "Late mark entered in error";
      }
      case "O" -> {
        if (!amend.chance(AMEND_OTHER)) {
          return null;
        }
        if (amend.chance(0.5)) {
          amendedCode = "G";
          return "Term-time holiday confirmed, not authorised";
        }
        amendedCode = present;
        return "Register corrected: learner was present";
      }
      default -> {
        AttendanceCategory c = categories.get(code);
        if (!c.isAbsence() || !amend.chance(AMEND_OTHER)) {
          return null;
        }
        amendedCode = present;
        return "Register corrected: learner was present";
      }
    }
  }
}
