package org.waymark.infra.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.learner.EthnicGroup;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.provider.ProviderKind;

/**
 * The providers, learners and placements of a spec, with the model parameters they are drawn from.
 * Every proportion below is a national figure for England, rounded; see the module README.
 */
final class Population {

  // --- Characteristics: DfE "Schools, pupils and their characteristics" (January 2024/2025) ---

  /** Disadvantaged (pupil premium: FSM-eligible, looked after): about 25%. */
  static final double DISADVANTAGED = 0.25;

  /** SEN support ({@code K}): about 13%. */
  static final double SEN_SUPPORT = 0.13;

  /** Education, health and care plan ({@code E}): about 5%. */
  static final double EHC_PLAN = 0.05;

  /**
   * Looked after: about 1% (DfE "Children looked after in England": about 70 per 10,000 under-18s;
   * rounded up as school-age children are over-represented). Every looked-after learner counts as
   * disadvantaged (pupil premium plus); the others are drawn so that the total stays at 25%.
   */
  static final double LOOKED_AFTER = 0.01;

  /**
   * School census ethnicity, percent of pupils per main code. Major groups: White British 63, other
   * White 7, Mixed 7, Asian 12, Black 6, Chinese 1, Other 2, Unclassified 2.
   */
  static final Map<Ethnicity, Double> ETHNICITY_PERCENT = ethnicityPercent();

  /**
   * The chance of English as an additional language by major group (White British separately),
   * chosen so that the total is about 20% (census: 20-21% of pupils have a first language other
   * than English) and EAL is concentrated where it is in the census.
   */
  static final Map<EthnicGroup, Double> EAL_BY_GROUP = ealByGroup();

  static final double EAL_WHITE_BRITISH = 0.005;

  // --- Absence: DfE "Pupil absence in schools in England", 2023/24: overall ~7%, persistent ~18%
  // ---

  /**
   * Absence is a two-group mixture. Most learners have a low propensity (lognormal, median about
   * 4.1% of days, spread 0.45); a share of them ({@link #AT_RISK_SHARE} on average) are at risk,
   * with a propensity of 12% plus an exponential excess of mean 10% (about 22% of days). A
   * learner's chance of being at risk is {@link #AT_RISK_SHARE} times their relative risk,
   * normalised over the population so the share stays fixed: disadvantaged ×2.2, SEN support ×1.5,
   * EHC plan ×1.7, and rising with the year group (×0.85 in year 7, +0.05 a year). The low
   * propensity is also higher for disadvantaged (×1.25) and SEND (×1.15) learners. Calibrated by
   * running several seeds: an autumn term (73 school days, more sampling noise) gives about 7%
   * overall and 18-19% persistent absence, a full year (195 days) about 7% and 17%; the
   * disadvantaged then miss about 9-10% of sessions and the others about 6%, as in the DfE figures
   * (FSM-eligible pupils' absence is well above others').
   */
  static final double AT_RISK_SHARE = 0.145;

  static final double LOW_PROPENSITY = 0.045;
  static final double LOW_SPREAD = 0.45;
  static final double AT_RISK_FLOOR = 0.12;
  static final double AT_RISK_EXCESS_MEAN = 0.10;
  static final double RISK_DISADVANTAGED = 2.2;
  static final double RISK_SEN_SUPPORT = 1.5;
  static final double RISK_EHC_PLAN = 1.7;
  static final double LOW_DISADVANTAGED = 1.25;
  static final double LOW_SEND = 1.15;

  /** The targets the absence model is calibrated to, percent. */
  static final double EXPECTED_OVERALL_ABSENCE = 7.0;

  static final double EXPECTED_PERSISTENT_ABSENCE = 18.0;

  // --- Where learners are ---

  static final double COLLEGE_SHARE = 0.08;
  static final double WORK_BASED_SHARE = 0.04;

  /** Learners on roll after the period began (in-year admissions). */
  static final double LATE_ENROLMENT = 0.03;

  /** Learners who joined in an earlier year, part-way through it. */
  static final double EARLIER_IN_YEAR_ADMISSION = 0.08;

  /** Learners placed at alternative provision: about 2.5% (years 9 to 11). */
  static final double PLACED = 0.025;

  final List<DemoProvider> providers = new ArrayList<>();
  final List<DemoLearner> learners = new ArrayList<>();
  final List<DemoPlacement> placements = new ArrayList<>();

  /** Placement per learner number (index 0 unused), or null. */
  final DemoPlacement[] placementOf;

  private final DemoSpec spec;
  private final SchoolCalendar calendar;

  Population(DemoSpec spec, SchoolCalendar calendar) {
    this.spec = spec;
    this.calendar = calendar;
    this.placementOf = new DemoPlacement[spec.learners() + 1];
    createProviders(Rng.of(spec.seed(), Rng.Concern.PROVIDERS));
    createLearners(
        Rng.of(spec.seed(), Rng.Concern.LEARNERS), Rng.of(spec.seed(), Rng.Concern.ABSENCE_MODEL));
    createPlacements(Rng.of(spec.seed(), Rng.Concern.PLACEMENTS));
  }

  List<DemoProvider> ofKind(ProviderKind kind) {
    return providers.stream().filter(p -> p.kind() == kind).toList();
  }

  // ----------------------------------------------------------------------------------------------

  private void createProviders(Rng rng) {
    int n = spec.providers();
    int alternative = Math.max(2, n / 8);
    int schools = n - 2 - alternative;
    int width = Math.max(3, String.valueOf(n).length());
    int number = 0;
    for (int k = 0; k < schools; k++) {
      number++;
      String place = place(k);
      String name = place + (k % 3 == 1 ? " Academy" : " High School");
      providers.add(
          provider(
              rng,
              number,
              width,
              name,
              ProviderKind.SCHOOL,
              true,
              "884/" + (4001 + k),
              k % 2 == 0));
    }
    number++;
    providers.add(
        provider(
            rng,
            number,
            width,
            place(schools) + " College",
            ProviderKind.COLLEGE,
            true,
            null,
            false));
    number++;
    providers.add(
        provider(
            rng,
            number,
            width,
            place(schools + 1) + " Training Partnership",
            ProviderKind.WORK_BASED_LEARNING,
            true,
            null,
            false));
    for (int k = 0; k < alternative; k++) {
      number++;
      boolean registered = k % 2 == 0;
      String name =
          Names.ALTERNATIVE_PROVIDERS.get(k % Names.ALTERNATIVE_PROVIDERS.size())
              + (k >= Names.ALTERNATIVE_PROVIDERS.size()
                  ? " " + (k / Names.ALTERNATIVE_PROVIDERS.size() + 1)
                  : "");
      providers.add(
          provider(
              rng,
              number,
              width,
              name,
              ProviderKind.ALTERNATIVE_PROVISION,
              registered,
              registered ? "884/" + (6001 + k) : null,
              false));
    }
  }

  private static String place(int k) {
    List<String> places = Names.PLACES;
    return places.get(k % places.size())
        + (k >= places.size() ? " " + (char) ('A' + k / places.size() - 1) : "");
  }

  private static DemoProvider provider(
      Rng rng,
      int number,
      int width,
      String name,
      ProviderKind kind,
      boolean registered,
      String dfeNumber,
      boolean insetDays) {
    List<String> tutors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String title = rng.pick(Names.TITLES);
      char initial = (char) ('A' + rng.below(26));
      tutors.add(title + " " + initial + ". " + rng.pick(Names.TUTOR_FAMILY_NAMES));
    }
    String id = "P" + pad(number, width);
    return new DemoProvider(number, id, name, kind, registered, dfeNumber, insetDays, tutors);
  }

  static String pad(int n, int width) {
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  // ----------------------------------------------------------------------------------------------

  private record Draft(
      int number,
      DemoProvider provider,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      Sex sex,
      Ethnicity ethnicity,
      SendStatus send,
      boolean disadvantaged,
      boolean lookedAfter,
      boolean eal,
      int yearGroup,
      LocalDate enrolledOn,
      double ability,
      String tutor) {}

  private void createLearners(Rng rng, Rng absence) {
    List<DemoProvider> schools = ofKind(ProviderKind.SCHOOL);
    DemoProvider college = ofKind(ProviderKind.COLLEGE).get(0);
    DemoProvider workBased = ofKind(ProviderKind.WORK_BASED_LEARNING).get(0);
    double[] schoolWeights = new double[schools.size()];
    for (int i = 0; i < schoolWeights.length; i++) {
      schoolWeights[i] = 0.6 + 0.8 * rng.uniform(); // schools differ in size
    }
    List<Ethnicity> codes = new ArrayList<>(ETHNICITY_PERCENT.keySet());
    double[] ethnicWeights = codes.stream().mapToDouble(ETHNICITY_PERCENT::get).toArray();
    double[] schoolYears = {1, 1, 1, 1, 1, 0.4, 0.4}; // years 7..13, smaller sixth forms
    int academicYear = SchoolCalendar.academicYear(spec.from());
    long periodDays = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
    int width = Math.max(6, String.valueOf(spec.learners()).length());
    double otherDisadvantaged = (DISADVANTAGED - LOOKED_AFTER) / (1 - LOOKED_AFTER);

    List<Draft> drafts = new ArrayList<>();
    for (int number = 1; number <= spec.learners(); number++) {
      double where = rng.uniform();
      DemoProvider provider;
      int yearGroup;
      if (where < COLLEGE_SHARE) {
        provider = college;
        yearGroup = rng.chance(0.55) ? 12 : 13;
      } else if (where < COLLEGE_SHARE + WORK_BASED_SHARE) {
        provider = workBased;
        yearGroup = rng.chance(0.55) ? 12 : 13;
      } else {
        provider = schools.get(rng.weighted(schoolWeights));
        yearGroup = 7 + rng.weighted(schoolYears);
      }
      Sex sex = rng.chance(0.5) ? Sex.F : Sex.M;
      String given = rng.pick(sex == Sex.F ? Names.GIVEN_F : Names.GIVEN_M);
      String family = rng.pick(Names.FAMILY);
      // Born 1 September .. 31 August so that the year group is right in the period's school year.
      LocalDate bornFrom = LocalDate.of(academicYear - yearGroup - 5, Month.SEPTEMBER, 1);
      int span = (int) ChronoUnit.DAYS.between(bornFrom, bornFrom.plusYears(1));
      LocalDate dateOfBirth = bornFrom.plusDays(rng.below(span));
      Ethnicity ethnicity = codes.get(rng.weighted(ethnicWeights));
      boolean lookedAfter = rng.chance(LOOKED_AFTER);
      boolean disadvantaged = lookedAfter || rng.chance(otherDisadvantaged);
      double s = rng.uniform();
      SendStatus send =
          s < SEN_SUPPORT ? SendStatus.K : s < SEN_SUPPORT + EHC_PLAN ? SendStatus.E : SendStatus.N;
      boolean eal =
          rng.chance(
              ethnicity == Ethnicity.WBRI
                  ? EAL_WHITE_BRITISH
                  : EAL_BY_GROUP.get(ethnicity.group()));
      int entryYear = provider.kind() == ProviderKind.SCHOOL ? 7 : 12;
      LocalDate entry =
          weekdayOnOrAfter(
              LocalDate.of(academicYear - (yearGroup - entryYear), Month.SEPTEMBER, 1));
      double e = rng.uniform();
      LocalDate enrolledOn;
      if (e < LATE_ENROLMENT) {
        LocalDate d =
            calendar.onOrAfter(spec.from().plusDays(1 + rng.below((int) (periodDays * 0.6) + 1)));
        enrolledOn = d == null || d.isAfter(spec.to()) ? spec.from() : d;
      } else if (e < LATE_ENROLMENT + EARLIER_IN_YEAR_ADMISSION
          && entry.isBefore(spec.from().minusDays(30))) {
        int days = (int) ChronoUnit.DAYS.between(entry, spec.from());
        LocalDate d = calendar.onOrAfter(entry.plusDays(1 + rng.below(days - 1)));
        enrolledOn = d == null || !d.isBefore(spec.from()) ? entry : d;
      } else {
        enrolledOn = entry;
      }
      double ability = rng.gaussian();
      String tutor = rng.pick(provider.tutors());
      drafts.add(
          new Draft(
              number,
              provider,
              given,
              family,
              dateOfBirth,
              sex,
              ethnicity,
              send,
              disadvantaged,
              lookedAfter,
              eal,
              yearGroup,
              enrolledOn,
              ability,
              tutor));
    }

    // Absence: relative risks normalised over this population, so the at-risk share stays fixed.
    double meanRisk = drafts.stream().mapToDouble(Population::relativeRisk).average().orElse(1);
    double meanLow = drafts.stream().mapToDouble(Population::lowMultiplier).average().orElse(1);
    for (Draft d : drafts) {
      boolean atRisk = absence.chance(AT_RISK_SHARE * relativeRisk(d) / meanRisk);
      double p;
      if (atRisk) {
        p = AT_RISK_FLOOR + absence.exponential(AT_RISK_EXCESS_MEAN);
      } else {
        double z = absence.gaussian();
        p =
            LOW_PROPENSITY
                * lowMultiplier(d)
                / meanLow
                * Math.exp(LOW_SPREAD * z - LOW_SPREAD * LOW_SPREAD / 2);
      }
      p = Math.min(0.95, p);
      double late = Math.min(0.3, 0.005 + absence.exponential(atRisk ? 0.05 : 0.02));
      learners.add(
          new DemoLearner(
              d.number(),
              "L" + pad(d.number(), width),
              d.provider(),
              d.givenName(),
              d.familyName(),
              d.dateOfBirth(),
              d.sex(),
              d.ethnicity(),
              d.send(),
              d.disadvantaged(),
              d.lookedAfter(),
              d.eal(),
              d.yearGroup(),
              d.enrolledOn(),
              atRisk,
              p,
              late,
              d.ability(),
              d.tutor()));
    }
  }

  private static double relativeRisk(Draft d) {
    double r = d.disadvantaged() ? RISK_DISADVANTAGED : 1;
    r *= d.send() == SendStatus.K ? RISK_SEN_SUPPORT : d.send() == SendStatus.E ? RISK_EHC_PLAN : 1;
    return r * (0.85 + 0.05 * (d.yearGroup() - 7));
  }

  private static double lowMultiplier(Draft d) {
    return (d.disadvantaged() ? LOW_DISADVANTAGED : 1) * (d.send() != SendStatus.N ? LOW_SEND : 1);
  }

  private static LocalDate weekdayOnOrAfter(LocalDate d) {
    LocalDate x = d;
    while (x.getDayOfWeek().getValue() > 5) {
      x = x.plusDays(1);
    }
    return x;
  }

  // ----------------------------------------------------------------------------------------------

  /**
   * About {@link #PLACED} of learners (school learners in years 9 to 11 on roll when the period
   * begins) are placed at the alternative providers, shared equally. At a registered provider 40%
   * are full time (18-25 hours, half of those as sole provider). At an unregistered provider most
   * are at most 10 hours, 15% are 11-15 hours and 10% full time, both breaches; the first placement
   * at each unregistered provider is a learner with an EHC plan (or looked after) full time, so the
   * provider must register, and the second is 12.5 hours, a breach.
   */
  private void createPlacements(Rng rng) {
    List<DemoProvider> alternative = ofKind(ProviderKind.ALTERNATIVE_PROVISION);
    List<DemoLearner> candidates = new ArrayList<>();
    for (DemoLearner l : learners) {
      if (l.provider().kind() == ProviderKind.SCHOOL
          && l.yearGroup() >= 9
          && l.yearGroup() <= 11
          && !l.enrolledOn().isAfter(spec.from())) {
        candidates.add(l);
      }
    }
    rng.shuffle(candidates);
    int each =
        Math.max(3, (int) Math.round(spec.learners() * PLACED / Math.max(1, alternative.size())));
    long periodDays = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
    int next = 0;
    int width = Math.max(4, String.valueOf(each * alternative.size()).length());
    List<DemoPlacement> drafts = new ArrayList<>();
    for (DemoProvider provider : alternative) {
      for (int k = 0; k < each && !candidates.isEmpty(); k++) {
        DemoLearner learner;
        if (!provider.registered() && k == 0) {
          learner =
              candidates.stream()
                  .filter(l -> l.send() == SendStatus.E || l.lookedAfter())
                  .findFirst()
                  .orElse(candidates.get(0));
        } else {
          learner = candidates.get(0);
        }
        candidates.remove(learner);
        double hours;
        boolean sole = false;
        if (!provider.registered() && k == 0) {
          hours = 20;
        } else if (!provider.registered() && k == 1) {
          hours = 12.5;
        } else if (provider.registered()) {
          if (rng.chance(0.4)) {
            hours = rng.pick(List.of(18.0, 20.0, 22.5, 25.0));
            sole = rng.chance(0.5);
          } else {
            hours = rng.pick(List.of(6.0, 7.5, 9.0, 12.0, 15.0));
          }
        } else {
          double u = rng.uniform();
          hours =
              u < 0.75
                  ? rng.pick(List.of(3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 9.0, 10.0))
                  : u < 0.9
                      ? rng.pick(List.of(11.0, 12.0, 12.5, 15.0))
                      : rng.pick(List.of(18.0, 20.0, 22.5));
        }
        LocalDate start;
        LocalDate end = null;
        boolean forced = !provider.registered() && k < 2;
        if (forced || rng.chance(0.6)) {
          LocalDate d = calendar.onOrAfter(spec.from().minusDays(7 + rng.below(200)));
          start = d.isBefore(learner.enrolledOn()) ? learner.enrolledOn() : d;
        } else {
          LocalDate d =
              calendar.onOrAfter(spec.from().plusDays(rng.below((int) (periodDays * 0.6) + 1)));
          start = d == null || d.isAfter(spec.to()) ? spec.from() : d;
        }
        if (!forced && rng.chance(0.2)) {
          LocalDate d = calendar.onOrBefore(start.plusWeeks(6 + rng.below(7)));
          if (d != null && !d.isBefore(spec.from()) && !d.isAfter(spec.to())) {
            end = d;
          }
        }
        drafts.add(new DemoPlacement(null, learner, provider, start, end, hours, sole));
      }
    }
    for (DemoPlacement d : drafts) {
      next++;
      DemoPlacement p =
          new DemoPlacement(
              "PL" + pad(next, width),
              d.learner(),
              d.provider(),
              d.startOn(),
              d.endOn(),
              d.hoursPerWeek(),
              d.soleProvider());
      placements.add(p);
      placementOf[p.learner().number()] = p;
    }
  }

  // ----------------------------------------------------------------------------------------------

  private static Map<Ethnicity, Double> ethnicityPercent() {
    Map<Ethnicity, Double> m = new EnumMap<>(Ethnicity.class);
    m.put(Ethnicity.WBRI, 63.0);
    m.put(Ethnicity.WIRI, 0.3);
    m.put(Ethnicity.WIRT, 0.2);
    m.put(Ethnicity.WOTH, 6.0);
    m.put(Ethnicity.WROM, 0.5);
    m.put(Ethnicity.MWBC, 1.5);
    m.put(Ethnicity.MWBA, 1.0);
    m.put(Ethnicity.MWAS, 2.0);
    m.put(Ethnicity.MOTH, 2.5);
    m.put(Ethnicity.AIND, 3.5);
    m.put(Ethnicity.APKN, 4.5);
    m.put(Ethnicity.ABAN, 2.0);
    m.put(Ethnicity.AOTH, 2.0);
    m.put(Ethnicity.BCRB, 1.0);
    m.put(Ethnicity.BAFR, 4.0);
    m.put(Ethnicity.BOTH, 1.0);
    m.put(Ethnicity.CHNE, 1.0);
    m.put(Ethnicity.OOTH, 2.0);
    m.put(Ethnicity.REFU, 0.5);
    m.put(Ethnicity.NOBT, 1.5);
    return m;
  }

  private static Map<EthnicGroup, Double> ealByGroup() {
    Map<EthnicGroup, Double> m = new EnumMap<>(EthnicGroup.class);
    m.put(EthnicGroup.White, 0.6); // other White: mostly European heritage
    m.put(EthnicGroup.Mixed, 0.2);
    m.put(EthnicGroup.Asian, 0.7);
    m.put(EthnicGroup.Black, 0.5);
    m.put(EthnicGroup.Chinese, 0.7);
    m.put(EthnicGroup.Other, 0.75);
    m.put(EthnicGroup.Unclassified, 0.3);
    return m;
  }

  /** Expected share of each major group, percent, from {@link #ETHNICITY_PERCENT}. */
  static Map<EthnicGroup, Double> expectedEthnicGroups() {
    Map<EthnicGroup, Double> m = new EnumMap<>(EthnicGroup.class);
    ETHNICITY_PERCENT.forEach((e, p) -> m.merge(e.group(), p, Double::sum));
    return m;
  }

  /** Expected EAL share, percent, from the ethnicity mix and {@link #EAL_BY_GROUP}. */
  static double expectedEal() {
    double total = 0;
    for (Map.Entry<Ethnicity, Double> e : ETHNICITY_PERCENT.entrySet()) {
      double p =
          e.getKey() == Ethnicity.WBRI ? EAL_WHITE_BRITISH : EAL_BY_GROUP.get(e.getKey().group());
      total += e.getValue() * p;
    }
    return total;
  }
}
