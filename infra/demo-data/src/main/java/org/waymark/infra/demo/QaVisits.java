package org.waymark.infra.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.provider.ProviderKind;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaTheme;

/**
 * Writes {@code qa_judgements.csv}: one or two visits to every alternative provider (the first has
 * two), the first in the first third of the period, the second in its last quarter. Every criterion
 * of the framework's nine themes ({@link QaFramework#standard()}, codes such as {@code 1.1}) is
 * judged except 2% of essential and 8% of other criteria, left unjudged. Essential themes (1, 2)
 * take FULLY_MET (92%) or NOT_MET; others FULLY_MET 60%, PARTIALLY_MET 30%, NOT_MET 10%, better at
 * a second visit. Fixed cases so every QA path is exercised: the first unregistered provider's
 * latest visit has criterion 1.4 (attendance monitoring) NOT_MET, so it is unsuitable; the first
 * registered provider has 2.2 NOT_MET at its first visit and FULLY_MET at its second; the first
 * visit of all leaves 9.5 unjudged.
 */
final class QaVisits {
  private static final List<String> EVIDENCE_MET =
      List.of(
          "Policy seen and staff interviewed; records up to date (synthetic)",
          "Observed during the visit; learners spoke positively (synthetic)");
  private static final List<String> EVIDENCE_PARTIAL =
      List.of(
          "Policy in place but not yet reviewed this year (synthetic)",
          "Some records incomplete, action agreed (synthetic)");
  private static final List<String> EVIDENCE_NOT_MET =
      List.of(
          "No evidence available at the visit (synthetic)",
          "Records missing; improvement action set, due in 4 weeks (synthetic)");

  private final DemoSpec spec;
  private final SchoolCalendar calendar;
  private final Population population;

  QaVisits(DemoSpec spec, SchoolCalendar calendar, Population population) {
    this.spec = spec;
    this.calendar = calendar;
    this.population = population;
  }

  void write(CsvOut out) throws IOException {
    Rng rng = Rng.of(spec.seed(), Rng.Concern.QA);
    QaFramework framework = QaFramework.standard();
    long periodDays = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
    List<DemoProvider> alternative = population.ofKind(ProviderKind.ALTERNATIVE_PROVISION);
    DemoProvider firstUnregistered =
        alternative.stream().filter(p -> !p.registered()).findFirst().orElse(null);
    DemoProvider firstRegistered =
        alternative.stream().filter(DemoProvider::registered).findFirst().orElse(null);
    boolean firstVisitOfAll = true;
    for (DemoProvider provider : alternative) {
      int visits = provider == alternative.get(0) ? 2 : 1 + rng.below(2);
      LocalDate first =
          calendar.onOrAfter(spec.from().plusDays(rng.below((int) Math.max(1, periodDays / 3))));
      LocalDate second =
          calendar.onOrBefore(spec.to().minusDays(rng.below((int) Math.max(1, periodDays / 4))));
      if (first == null || first.isAfter(spec.to())) {
        first = spec.from();
      }
      if (visits == 2 && (second == null || !second.isAfter(first))) {
        visits = 1;
      }
      if (firstRegistered == provider && visits < 2 && second != null && second.isAfter(first)) {
        visits = 2;
      }
      Map<String, String> previous = new HashMap<>();
      for (int v = 1; v <= visits; v++) {
        LocalDate on = v == 1 ? first : second;
        boolean latest = v == visits;
        String visitId = "V" + provider.id().substring(1) + "-" + v;
        for (QaTheme theme : framework.themes()) {
          for (QaCriterion criterion : theme.criteria()) {
            String number = criterion.number();
            String judgement;
            if (firstVisitOfAll && number.equals("9.5")) {
              continue;
            } else if (provider == firstUnregistered && latest && number.equals("1.4")) {
              judgement = "NOT_MET";
            } else if (provider == firstRegistered && number.equals("2.2")) {
              judgement = v == 1 ? "NOT_MET" : "FULLY_MET";
            } else if (rng.chance(theme.essential() ? 0.02 : 0.08)) {
              continue;
            } else {
              judgement = judge(rng, theme.essential(), previous.get(number));
            }
            previous.put(number, judgement);
            List<String> evidence =
                switch (judgement) {
                  case "FULLY_MET" -> EVIDENCE_MET;
                  case "PARTIALLY_MET" -> EVIDENCE_PARTIAL;
                  default -> EVIDENCE_NOT_MET;
                };
            out.row(
                visitId,
                provider.id(),
                on.toString(),
                Integer.toString(theme.number()),
                number,
                judgement,
                rng.pick(evidence));
          }
        }
        firstVisitOfAll = false;
      }
    }
  }

  private static String judge(Rng rng, boolean essential, String before) {
    boolean improving = before != null && !before.equals("FULLY_MET");
    if (essential) {
      return rng.chance(improving ? 0.7 : 0.92) ? "FULLY_MET" : "NOT_MET";
    }
    double u = rng.uniform();
    double fully = improving ? 0.7 : 0.6;
    return u < fully ? "FULLY_MET" : u < fully + 0.3 ? "PARTIALLY_MET" : "NOT_MET";
  }
}
