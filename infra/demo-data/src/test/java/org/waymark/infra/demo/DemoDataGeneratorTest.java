package org.waymark.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.learner.EthnicGroup;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaTheme;

class DemoDataGeneratorTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern SCORE = Pattern.compile("[1-9]\\.[0-9]");
  private static final DemoSpec SPEC = DemoSpec.demo();

  @TempDir static Path demoDir;

  static DemoSummary summary;
  static Map<String, Csv.Row> learners;

  @BeforeAll
  static void generateTheDemoDataset() {
    summary = new DemoDataGenerator().generate(SPEC, demoDir);
    learners = new TreeMap<>();
    Csv.each(file(DemoDataGenerator.LEARNERS), r -> learners.put(r.get("learner_id"), r));
  }

  static Path file(String name) {
    return demoDir.resolve(name);
  }

  static List<Csv.Row> rows(String name) {
    return Csv.rows(file(name));
  }

  @Nested
  class Determinism {
    @Test
    void theSameSpecWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
      DemoSpec small = SPEC.withLearners(300);
      new DemoDataGenerator().generate(small, a);
      new DemoDataGenerator().generate(small, b);
      for (String name : DemoDataGenerator.HEADERS.keySet()) {
        assertThat(Files.readAllBytes(a.resolve(name)))
            .as("%s written twice from one seed", name)
            .isEqualTo(Files.readAllBytes(b.resolve(name)));
      }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path a, @TempDir Path b) throws IOException {
      new DemoDataGenerator().generate(SPEC.withLearners(300), a);
      new DemoDataGenerator().generate(SPEC.withLearners(300).withSeed(7), b);
      for (String name :
          List.of(
              DemoDataGenerator.LEARNERS,
              DemoDataGenerator.ATTENDANCE,
              DemoDataGenerator.ASSESSMENTS,
              DemoDataGenerator.REVIEWS)) {
        assertThat(Files.readAllBytes(a.resolve(name)))
            .as("%s from two seeds", name)
            .isNotEqualTo(Files.readAllBytes(b.resolve(name)));
      }
    }
  }

  @Test
  void everyFileHasExactlyTheHeaderOfContractMd() {
    Map<String, String> contract = new TreeMap<>();
    contract.put("providers.csv", "provider_id,name,kind,registered,dfe_number");
    contract.put(
        "learners.csv",
        "learner_id,provider_id,given_name,family_name,date_of_birth,sex,ethnicity,send,"
            + "disadvantaged,looked_after,eal,year_group,enrolled_on");
    contract.put(
        "placements.csv",
        "placement_id,learner_id,provider_id,start_on,end_on,hours_per_week,sole_provider");
    contract.put("attendance.csv", "learner_id,date,session,code,minutes_late,reason");
    contract.put("attendance-amendments.csv", "learner_id,date,session,code,minutes_late,reason");
    contract.put("assessments.csv", "learner_id,area,date,kind,score");
    contract.put("targets.csv", "target_id,learner_id,area,description,set_on,due_on");
    contract.put("target_outcomes.csv", "target_id,date,outcome,new_due_on");
    contract.put(
        "reviews.csv",
        "review_id,learner_id,held_on,tutor,on_target,punctuality,working_towards,"
            + "learner_comment,tutor_comment,confidential,next_review_on");
    contract.put(
        "qa_judgements.csv", "visit_id,provider_id,visit_on,theme,criterion,judgement,evidence");
    contract.forEach(
        (name, header) -> assertThat(Csv.headerLine(file(name))).as(name).isEqualTo(header));
    assertThat(summary.files()).extracting(WrittenFile::name).containsAll(contract.keySet());
    assertThat(summary.files()).allSatisfy(f -> assertThat(f.rows()).as(f.name()).isPositive());
  }

  @Nested
  class EveryValueIsValid {
    @Test
    void providersAreOfEveryKindWithSequentialIds() {
      List<Csv.Row> providers = rows(DemoDataGenerator.PROVIDERS);
      assertThat(providers).hasSize(SPEC.providers());
      for (int i = 0; i < providers.size(); i++) {
        Csv.Row p = providers.get(i);
        assertThat(p.get("provider_id")).isEqualTo(String.format("P%03d", i + 1));
        assertThat(p.get("registered")).isIn("Y", "N");
        assertThat(p.get("dfe_number")).matches("|[0-9]{3}/?[0-9]{4}");
      }
      assertThat(providers)
          .extracting(p -> p.get("kind") + "/" + p.get("registered"))
          .contains(
              "SCHOOL/Y",
              "COLLEGE/Y",
              "WORK_BASED_LEARNING/Y",
              "ALTERNATIVE_PROVISION/Y",
              "ALTERNATIVE_PROVISION/N");
      assertThat(providers.stream().filter(p -> p.get("kind").equals("COLLEGE"))).hasSize(1);
    }

    @Test
    void learnersHaveValidCodesAndDatesOfBirthFittingTheirYearGroup() {
      Set<String> providers = new HashSet<>();
      Map<String, String> kinds = new HashMap<>();
      Csv.each(
          file(DemoDataGenerator.PROVIDERS),
          p -> {
            providers.add(p.get("provider_id"));
            kinds.put(p.get("provider_id"), p.get("kind"));
          });
      int n = 0;
      int enrolledBeforeFrom = 0;
      for (Csv.Row l : learners.values()) {
        n++;
        assertThat(l.get("learner_id")).isEqualTo(String.format("L%06d", n));
        assertThat(providers).contains(l.get("provider_id"));
        assertThat(kinds.get(l.get("provider_id"))).isNotEqualTo("ALTERNATIVE_PROVISION");
        assertThat(l.get("sex")).isIn("F", "M");
        Ethnicity.fromCode(l.get("ethnicity"));
        assertThat(l.get("send")).isIn("N", "K", "E");
        for (String yn : List.of("disadvantaged", "looked_after", "eal")) {
          assertThat(l.get(yn)).isIn("Y", "N");
        }
        assertThat(l.get("given_name")).isNotBlank();
        assertThat(l.get("family_name")).isNotBlank();
        int year = Integer.parseInt(l.get("year_group"));
        assertThat(year).isBetween(7, 13);
        LocalDate born = LocalDate.parse(l.get("date_of_birth"));
        // In 2025/26, year 7 were born 1 September 2013 .. 31 August 2014.
        LocalDate earliest = LocalDate.of(2025 - year - 5, 9, 1);
        assertThat(born).isBetween(earliest, earliest.plusYears(1).minusDays(1));
        LocalDate enrolled = LocalDate.parse(l.get("enrolled_on"));
        assertThat(enrolled).isAfter(born).isBeforeOrEqualTo(SPEC.to());
        if (enrolled.isBefore(SPEC.from())) {
          enrolledBeforeFrom++;
        }
      }
      assertThat(n).isEqualTo(SPEC.learners());
      // Years 7 and 12 start on the first day; a few join later; most were there already.
      assertThat(enrolledBeforeFrom * 100.0 / n).isGreaterThan(65);
      assertThat(learners.values().stream().filter(l -> enrolledAfter(l, SPEC.from())).count())
          .isBetween(20L, 120L);
    }

    private static boolean enrolledAfter(Csv.Row l, LocalDate d) {
      return LocalDate.parse(l.get("enrolled_on")).isAfter(d.plusDays(2));
    }

    @Test
    void attendanceAndAmendmentsUseOnlyDfeCodes() {
      for (String name :
          List.of(DemoDataGenerator.ATTENDANCE, DemoDataGenerator.ATTENDANCE_AMENDMENTS)) {
        Set<String> codes = new HashSet<>();
        Csv.each(
            file(name),
            r -> {
              assertThat(learners).containsKey(r.get("learner_id"));
              assertThat(r.get("session")).isIn("AM", "PM");
              codes.add(r.get("code"));
              String minutes = r.get("minutes_late");
              if (!minutes.isEmpty()) {
                assertThat(r.get("code")).isIn("L", "U");
                assertThat(Integer.parseInt(minutes)).isBetween(0, 300);
              }
            });
        codes.forEach(AttendanceCode::fromCode);
        if (name.equals(DemoDataGenerator.ATTENDANCE)) {
          assertThat(codes)
              .contains("/", "\\", "L", "I", "M", "C", "O", "G", "N", "U", "B", "P", "#", "X");
        }
      }
    }

    @Test
    void assessmentsAreOnTheNinePointScaleWithOneDecimal() {
      Set<String> kinds = new HashSet<>();
      Set<String> keys = new HashSet<>();
      for (Csv.Row a : rows(DemoDataGenerator.ASSESSMENTS)) {
        assertThat(learners).containsKey(a.get("learner_id"));
        assertThat(a.get("area")).isIn("english", "maths", "science");
        assertThat(a.get("score")).matches(SCORE);
        assertThat(Double.parseDouble(a.get("score"))).isBetween(1.0, 9.0);
        assertThat(LocalDate.parse(a.get("date"))).isBetween(SPEC.from(), SPEC.to());
        kinds.add(a.get("kind"));
        assertThat(keys.add(a.get("learner_id") + a.get("area") + a.get("date") + a.get("kind")))
            .isTrue();
      }
      assertThat(kinds).containsExactlyInAnyOrder("BASELINE", "PROGRESS"); // a term: no FINAL
    }

    @Test
    void idsMatchTheContractPattern() {
      Map<String, String> idColumns =
          Map.of(
              DemoDataGenerator.PLACEMENTS, "placement_id",
              DemoDataGenerator.TARGETS, "target_id",
              DemoDataGenerator.TARGET_OUTCOMES, "target_id",
              DemoDataGenerator.REVIEWS, "review_id",
              DemoDataGenerator.QA_JUDGEMENTS, "visit_id");
      idColumns.forEach(
          (file, column) ->
              Csv.each(file(file), r -> assertThat(r.get(column)).as(file).matches(ID)));
      assertThat(rows(DemoDataGenerator.REVIEWS))
          .allSatisfy(r -> assertThat(r.get("review_id")).startsWith("R"));
      assertThat(rows(DemoDataGenerator.QA_JUDGEMENTS))
          .allSatisfy(r -> assertThat(r.get("visit_id")).startsWith("V"));
    }
  }

  @Nested
  class Attendance {
    @Test
    void marksAreOnSchoolDaysInTermTwoSessionsADayAndNeverBeforeEnrolment() {
      Map<String, Set<String>> sessionsByLearnerDay = new HashMap<>();
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE),
          r -> {
            LocalDate d = LocalDate.parse(r.get("date"));
            assertThat(d).isBetween(SPEC.from(), SPEC.to());
            assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            // Autumn 2025: term from Wednesday 3 September; half term 27-31 October.
            assertThat(d).isAfterOrEqualTo(LocalDate.of(2025, 9, 3));
            assertThat(
                    d.isBefore(LocalDate.of(2025, 10, 27)) || d.isAfter(LocalDate.of(2025, 10, 31)))
                .as("%s is in half term", d)
                .isTrue();
            Csv.Row l = learners.get(r.get("learner_id"));
            assertThat(d).isAfterOrEqualTo(LocalDate.parse(l.get("enrolled_on")));
            sessionsByLearnerDay
                .computeIfAbsent(r.get("learner_id") + r.get("date"), k -> new HashSet<>())
                .add(r.get("session"));
          });
      assertThat(sessionsByLearnerDay.values())
          .allSatisfy(s -> assertThat(s).containsExactlyInAnyOrder("AM", "PM"));
      // 73 school days in the autumn term 2025 under this calendar.
      assertThat(sessionsByLearnerDay.keySet().stream().filter(k -> k.startsWith("L000001")))
          .hasSizeLessThanOrEqualTo(73);
    }

    @Test
    void rowsAreGroupedByLearnerAndInDateOrderSoTheImportSendsOneEventPerLearner() {
      List<String> order = new ArrayList<>();
      String[] last = {null, null};
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE),
          r -> {
            String learner = r.get("learner_id");
            String key = r.get("date") + (r.get("session").equals("AM") ? "0" : "1");
            if (!learner.equals(last[0])) {
              order.add(learner);
            } else {
              assertThat(key).as("row %d", r.number()).isGreaterThan(last[1]);
            }
            last[0] = learner;
            last[1] = key;
          });
      assertThat(order).doesNotHaveDuplicates().isSorted().hasSize(SPEC.learners());
    }

    @Test
    void aboutHalfAPercentOfMarksAreAmendedWithAnotherCodeAndAReason() {
      Map<String, String> amended = new HashMap<>();
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE_AMENDMENTS),
          r -> {
            assertThat(r.get("reason")).isNotBlank();
            assertThat(
                    amended.put(
                        r.get("learner_id") + "|" + r.get("date") + "|" + r.get("session"),
                        r.get("code")))
                .isNull();
          });
      long[] marks = {0, 0};
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE),
          r -> {
            marks[0]++;
            String change =
                amended.get(r.get("learner_id") + "|" + r.get("date") + "|" + r.get("session"));
            if (change != null) {
              marks[1]++;
              assertThat(change).isNotEqualTo(r.get("code"));
            }
          });
      assertThat(marks[1]).as("every amendment has an original mark").isEqualTo(amended.size());
      assertThat(marks[1] * 100.0 / marks[0]).isBetween(0.3, 0.8);
    }

    @Test
    void absenceMatchesTheNationalFiguresByTheContractDefinitions() {
      Map<String, long[]> byLearner = absenceByLearner(); // possible, absent
      Rates all = rates(byLearner, l -> true);
      assertThat(all.overall()).isBetween(6.0, 8.0);
      assertThat(all.persistent()).isBetween(15.0, 21.0);
      assertThat(all.overall()).isCloseTo(summary.actual().overallAbsence(), within(1e-9));
      assertThat(all.persistent()).isCloseTo(summary.actual().persistentAbsence(), within(1e-9));

      Rates disadvantaged = rates(byLearner, l -> l.get("disadvantaged").equals("Y"));
      Rates others = rates(byLearner, l -> l.get("disadvantaged").equals("N"));
      assertThat(disadvantaged.overall()).isGreaterThan(others.overall() * 1.3);
      assertThat(disadvantaged.persistent()).isGreaterThan(others.persistent() * 1.4);
      Rates send = rates(byLearner, l -> !l.get("send").equals("N"));
      Rates noSend = rates(byLearner, l -> l.get("send").equals("N"));
      assertThat(send.overall()).isGreaterThan(noSend.overall() * 1.15);
    }

    private record Rates(double overall, double persistent) {}

    private Rates rates(Map<String, long[]> byLearner, Predicate<Csv.Row> in) {
      long possible = 0;
      long absent = 0;
      long learnersWithPossible = 0;
      long persistent = 0;
      for (Map.Entry<String, long[]> e : byLearner.entrySet()) {
        if (!in.test(learners.get(e.getKey())) || e.getValue()[0] == 0) {
          continue;
        }
        possible += e.getValue()[0];
        absent += e.getValue()[1];
        learnersWithPossible++;
        if (e.getValue()[1] * 10 >= e.getValue()[0]) {
          persistent++;
        }
      }
      return new Rates(absent * 100.0 / possible, persistent * 100.0 / learnersWithPossible);
    }

    /**
     * Per learner, possible and absent sessions after the amendments, as the import leaves them.
     */
    private Map<String, long[]> absenceByLearner() {
      Map<String, String> amended = new HashMap<>();
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE_AMENDMENTS),
          r ->
              amended.put(
                  r.get("learner_id") + "|" + r.get("date") + "|" + r.get("session"),
                  r.get("code")));
      Map<String, long[]> byLearner = new HashMap<>();
      Csv.each(
          file(DemoDataGenerator.ATTENDANCE),
          r -> {
            String code =
                amended.getOrDefault(
                    r.get("learner_id") + "|" + r.get("date") + "|" + r.get("session"),
                    r.get("code"));
            AttendanceCategory c = AttendanceCode.fromCode(code).category();
            long[] counts = byLearner.computeIfAbsent(r.get("learner_id"), k -> new long[2]);
            if (c.isPossible()) {
              counts[0]++;
              if (c.isAbsence()) {
                counts[1]++;
              }
            }
          });
      return byLearner;
    }
  }

  @Test
  void characteristicsAreNearTheNationalProportions() {
    double n = learners.size();
    assertThat(share(l -> l.get("disadvantaged").equals("Y"), n)).isCloseTo(25, within(3.0));
    assertThat(share(l -> l.get("send").equals("K"), n)).isCloseTo(13, within(2.5));
    assertThat(share(l -> l.get("send").equals("E"), n)).isCloseTo(5, within(1.5));
    assertThat(share(l -> l.get("looked_after").equals("Y"), n)).isCloseTo(1, within(0.7));
    assertThat(share(l -> l.get("eal").equals("Y"), n)).isCloseTo(20, within(3.0));
    assertThat(share(l -> l.get("sex").equals("F"), n)).isCloseTo(50, within(3.0));
    assertThat(
            share(l -> l.get("looked_after").equals("Y") && l.get("disadvantaged").equals("N"), n))
        .as("looked-after learners count as disadvantaged")
        .isZero();
    Map<EthnicGroup, Double> expected =
        Map.of(
            EthnicGroup.White, 70.0,
            EthnicGroup.Mixed, 7.0,
            EthnicGroup.Asian, 12.0,
            EthnicGroup.Black, 6.0,
            EthnicGroup.Chinese, 1.0,
            EthnicGroup.Other, 2.0,
            EthnicGroup.Unclassified, 2.0);
    expected.forEach(
        (group, percent) ->
            assertThat(share(l -> Ethnicity.fromCode(l.get("ethnicity")).group() == group, n))
                .as("ethnic group %s", group)
                .isCloseTo(percent, within(Math.max(0.8, percent * 0.15))));
    assertThat(share(l -> l.get("ethnicity").equals("WBRI"), n)).isCloseTo(63, within(3.5));
  }

  private static double share(Predicate<Csv.Row> p, double n) {
    return learners.values().stream().filter(p).count() * 100 / n;
  }

  @Test
  void placementsIncludeFullTimeBreachesAndProvidersThatMustRegister() {
    Map<String, Csv.Row> providers = new HashMap<>();
    Csv.each(file(DemoDataGenerator.PROVIDERS), p -> providers.put(p.get("provider_id"), p));
    LocalDate at = SPEC.to();
    List<String> breaches = new ArrayList<>();
    Map<String, Integer> fullTime = new HashMap<>();
    Set<String> mustRegister = new HashSet<>();
    int fullTimeAnywhere = 0;
    for (Csv.Row p : rows(DemoDataGenerator.PLACEMENTS)) {
      Csv.Row provider = providers.get(p.get("provider_id"));
      assertThat(provider.get("kind")).isEqualTo("ALTERNATIVE_PROVISION");
      Csv.Row learner = learners.get(p.get("learner_id"));
      assertThat(learner).isNotNull();
      LocalDate start = LocalDate.parse(p.get("start_on"));
      LocalDate end = p.get("end_on").isEmpty() ? null : LocalDate.parse(p.get("end_on"));
      if (end != null) {
        assertThat(end).isAfterOrEqualTo(start).isBetween(SPEC.from(), SPEC.to());
      }
      double hours = Double.parseDouble(p.get("hours_per_week"));
      assertThat(hours).isBetween(1.0, 168.0);
      boolean full = hours >= 18 || p.get("sole_provider").equals("Y");
      if (full) {
        fullTimeAnywhere++;
      }
      boolean active = !start.isAfter(at) && (end == null || !at.isAfter(end));
      if (!active || provider.get("registered").equals("Y")) {
        continue;
      }
      if (hours > 10) {
        breaches.add(p.get("placement_id"));
      }
      if (full) {
        fullTime.merge(provider.get("provider_id"), 1, Integer::sum);
        if (learner.get("looked_after").equals("Y") || learner.get("send").equals("E")) {
          mustRegister.add(provider.get("provider_id"));
        }
      }
    }
    fullTime.forEach(
        (provider, count) -> {
          if (count >= 5) {
            mustRegister.add(provider);
          }
        });
    assertThat(fullTimeAnywhere).isGreaterThanOrEqualTo(5);
    assertThat(breaches).hasSizeGreaterThanOrEqualTo(2);
    assertThat(mustRegister).isNotEmpty();
  }

  @Nested
  class Progress {
    @Test
    void disadvantagedAndSendLearnersStartLowerByARealisticMargin() {
      Map<String, List<Double>> baselines = new HashMap<>();
      Set<String> withBaseline = new HashSet<>();
      for (Csv.Row a : rows(DemoDataGenerator.ASSESSMENTS)) {
        if (a.get("kind").equals("BASELINE")) {
          Csv.Row l = learners.get(a.get("learner_id"));
          withBaseline.add(a.get("learner_id"));
          String group =
              l.get("disadvantaged").equals("Y")
                  ? "disadvantaged"
                  : l.get("send").equals("N") ? "neither" : "send";
          baselines
              .computeIfAbsent(group, g -> new ArrayList<>())
              .add(Double.parseDouble(a.get("score")));
        }
      }
      double neither = mean(baselines.get("neither"));
      assertThat(neither - mean(baselines.get("disadvantaged"))).isBetween(0.7, 1.8);
      assertThat(neither - mean(baselines.get("send"))).isBetween(0.7, 2.2);
      assertThat(SPEC.learners() - withBaseline.size())
          .as("learners with no baseline")
          .isBetween(20, 120);
    }

    @Test
    void progressAssessmentsComeAfterTheBaselineAndScoresRiseOnAverage() {
      Map<String, LocalDate> baselineOn = new HashMap<>();
      Map<String, Double> baseline = new HashMap<>();
      List<Double> distances = new ArrayList<>();
      List<Csv.Row> all = rows(DemoDataGenerator.ASSESSMENTS);
      for (Csv.Row a : all) {
        if (a.get("kind").equals("BASELINE")) {
          String key = a.get("learner_id") + a.get("area");
          baselineOn.put(key, LocalDate.parse(a.get("date")));
          baseline.put(key, Double.parseDouble(a.get("score")));
        }
      }
      for (Csv.Row a : all) {
        String key = a.get("learner_id") + a.get("area");
        if (a.get("kind").equals("PROGRESS") && baselineOn.containsKey(key)) {
          assertThat(LocalDate.parse(a.get("date"))).isAfter(baselineOn.get(key));
          distances.add(Double.parseDouble(a.get("score")) - baseline.get(key));
        }
      }
      assertThat(mean(distances)).isBetween(0.05, 0.4);
    }

    @Test
    void aYearLongPeriodEndsWithAFinalAssessment(@TempDir Path dir) {
      DemoSpec year = new DemoSpec(3, 40, 6, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 22));
      new DemoDataGenerator().generate(year, dir);
      assertThat(Csv.rows(dir.resolve(DemoDataGenerator.ASSESSMENTS)))
          .extracting(a -> a.get("kind"))
          .contains("BASELINE", "PROGRESS", "FINAL");
    }

    /**
     * Issue 9's workload: 450,000 assessments for 25,000 learners, i.e. 18 a learner: a baseline, a
     * progress check every half-term and a final in each of three areas.
     */
    @Test
    void aYearHoldsABaselineFourHalfTermlyChecksAndAFinalPerArea(@TempDir Path dir) {
      DemoSpec year = new DemoSpec(5, 400, 8, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 22));
      new DemoDataGenerator().generate(year, dir);
      List<Csv.Row> all = Csv.rows(dir.resolve(DemoDataGenerator.ASSESSMENTS));
      assertThat(all.size() / 400.0).as("assessments a learner").isBetween(16.0, 18.0);
      Map<String, List<LocalDate>> checks = new HashMap<>();
      for (Csv.Row a : all) {
        if (a.get("kind").equals("PROGRESS")) {
          checks
              .computeIfAbsent(a.get("learner_id") + "/" + a.get("area"), k -> new ArrayList<>())
              .add(LocalDate.parse(a.get("date")));
        }
      }
      assertThat(checks.values())
          .allSatisfy(dates -> assertThat(dates).isSorted().hasSizeLessThanOrEqualTo(4));
      assertThat(checks.values().stream().filter(d -> d.size() == 4).count())
          .as("learners in all year with all four checks")
          .isGreaterThan(checks.size() * 8L / 10);
    }
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  @Test
  void targetsHaveOutcomesInThePeriodAfterBeingSetWithSomeOverdueAndSomeNotMetTwice() {
    Map<String, Csv.Row> targets = new HashMap<>();
    Map<String, Integer> perLearner = new HashMap<>();
    for (Csv.Row t : rows(DemoDataGenerator.TARGETS)) {
      assertThat(targets.put(t.get("target_id"), t)).isNull();
      assertThat(learners).containsKey(t.get("learner_id"));
      assertThat(t.get("area")).isIn("english", "maths", "science");
      assertThat(LocalDate.parse(t.get("due_on"))).isAfter(LocalDate.parse(t.get("set_on")));
      assertThat(LocalDate.parse(t.get("set_on"))).isBetween(SPEC.from(), SPEC.to());
      perLearner.merge(t.get("learner_id"), 1, Integer::sum);
    }
    assertThat(perLearner.values()).allSatisfy(c -> assertThat(c).isBetween(1, 4));
    assertThat(perLearner.values().stream().filter(c -> c >= 2).count())
        .isGreaterThan(SPEC.learners() * 9L / 10);

    Map<String, String> finalOutcome = new HashMap<>();
    Map<String, LocalDate> dueOn = new HashMap<>();
    targets.forEach((id, t) -> dueOn.put(id, LocalDate.parse(t.get("due_on"))));
    Map<String, List<String>> notMetByLearner = new TreeMap<>();
    Set<String> outcomes = new HashSet<>();
    for (Csv.Row o : rows(DemoDataGenerator.TARGET_OUTCOMES)) {
      Csv.Row t = targets.get(o.get("target_id"));
      assertThat(t).as("outcome of a known target").isNotNull();
      LocalDate on = LocalDate.parse(o.get("date"));
      assertThat(on).isAfter(LocalDate.parse(t.get("set_on"))).isBetween(SPEC.from(), SPEC.to());
      String outcome = o.get("outcome");
      outcomes.add(outcome);
      if (outcome.equals("CARRIED_FORWARD")) {
        assertThat(LocalDate.parse(o.get("new_due_on")))
            .as("the aggregate wants a new due date after the old one")
            .isAfter(on)
            .isAfter(dueOn.get(o.get("target_id")));
        dueOn.put(o.get("target_id"), LocalDate.parse(o.get("new_due_on")));
      } else {
        assertThat(o.get("new_due_on")).isEmpty();
        assertThat(finalOutcome.put(o.get("target_id"), outcome)).as("one final outcome").isNull();
      }
    }
    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            "MET", "PARTIALLY_MET", "NOT_MET", "CARRIED_FORWARD", "WITHDRAWN");
    long overdue =
        dueOn.entrySet().stream()
            .filter(e -> !finalOutcome.containsKey(e.getKey()) && e.getValue().isBefore(SPEC.to()))
            .count();
    assertThat(overdue).isGreaterThan(50);

    // Two NOT_MET in a row: a learner's consecutive targets (by id) both finally NOT_MET.
    for (String id : new TreeMap<>(targets).keySet()) {
      String learner = targets.get(id).get("learner_id");
      notMetByLearner
          .computeIfAbsent(learner, l -> new ArrayList<>())
          .add(finalOutcome.getOrDefault(id, "-"));
    }
    long twice =
        notMetByLearner.values().stream()
            .filter(
                list -> {
                  for (int i = 1; i < list.size(); i++) {
                    if (list.get(i).equals("NOT_MET") && list.get(i - 1).equals("NOT_MET")) {
                      return true;
                    }
                  }
                  return false;
                })
            .count();
    assertThat(twice).isGreaterThanOrEqualTo(10);
  }

  @Test
  void reviewsComeAboutEverySixWeeksWithSomeLearnersOverdueAndSomeConfidential() {
    Map<String, LocalDate> latest = new HashMap<>();
    int confidential = 0;
    for (Csv.Row r : rows(DemoDataGenerator.REVIEWS)) {
      assertThat(learners).containsKey(r.get("learner_id"));
      LocalDate held = LocalDate.parse(r.get("held_on"));
      assertThat(held).isBetween(SPEC.from(), SPEC.to());
      assertThat(LocalDate.parse(r.get("next_review_on"))).isAfter(held);
      assertThat(r.get("on_target")).isIn("Y", "N");
      assertThat(r.get("punctuality")).isIn("EXCELLENT", "GOOD", "REASONABLE", "POOR");
      assertThat(r.get("confidential")).isIn("Y", "N");
      assertThat(r.get("tutor")).isNotBlank();
      if (r.get("confidential").equals("Y")) {
        confidential++;
        assertThat(r.get("tutor_comment")).contains("SYNTHETIC");
      }
      latest.merge(r.get("learner_id"), held, (a, b) -> a.isAfter(b) ? a : b);
    }
    long current =
        latest.values().stream().filter(d -> !d.isBefore(SPEC.to().minusDays(42))).count();
    double currency = current * 100.0 / SPEC.learners();
    assertThat(currency).isBetween(80.0, 97.0);
    assertThat(confidential).isGreaterThan(20);
  }

  @Test
  void qaVisitsJudgeTheFrameworkCriteriaWithEssentialThemesFullyMetOrNotMet() {
    QaFramework framework = QaFramework.standard();
    Map<String, Set<String>> judgedAtVisit = new TreeMap<>();
    Map<String, Set<String>> visitsByProvider = new TreeMap<>();
    int essentialNotMet = 0;
    Set<String> judgements = new HashSet<>();
    for (Csv.Row q : rows(DemoDataGenerator.QA_JUDGEMENTS)) {
      QaTheme theme = framework.theme(Integer.parseInt(q.get("theme"))).orElseThrow();
      QaCriterion criterion = framework.criterion(q.get("criterion")).orElseThrow();
      assertThat(criterion.theme()).isEqualTo(theme.number());
      String judgement = q.get("judgement");
      judgements.add(judgement);
      if (theme.essential()) {
        assertThat(judgement).isIn("FULLY_MET", "NOT_MET");
        if (judgement.equals("NOT_MET")) {
          essentialNotMet++;
        }
      } else {
        assertThat(judgement).isIn("FULLY_MET", "PARTIALLY_MET", "NOT_MET");
      }
      assertThat(
              judgedAtVisit
                  .computeIfAbsent(q.get("visit_id"), v -> new HashSet<>())
                  .add(criterion.number()))
          .as("one judgement per criterion per visit")
          .isTrue();
      visitsByProvider
          .computeIfAbsent(q.get("provider_id"), p -> new HashSet<>())
          .add(q.get("visit_id"));
      assertThat(LocalDate.parse(q.get("visit_on"))).isBetween(SPEC.from(), SPEC.to());
    }
    assertThat(judgements).containsExactlyInAnyOrder("FULLY_MET", "PARTIALLY_MET", "NOT_MET");
    assertThat(essentialNotMet).isPositive();
    assertThat(judgedAtVisit.values())
        .anySatisfy(s -> assertThat(s).hasSizeLessThan(framework.criteria().size()));
    assertThat(visitsByProvider).hasSize(2); // the two alternative providers of the demo
    assertThat(visitsByProvider.values()).allSatisfy(v -> assertThat(v).hasSizeBetween(1, 2));
  }

  @Test
  void fieldsWithCommasOrQuotesAreQuotedPerRfc4180() {
    assertThat(CsvOut.quote("plain")).isEqualTo("plain");
    assertThat(CsvOut.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvOut.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvOut.quote(null)).isEmpty();
    assertThat(rows(DemoDataGenerator.TARGETS))
        .anySatisfy(t -> assertThat(t.get("description")).contains(",", "\""));
  }

  @Test
  void theSummaryCountsEveryRowAndReportsExpectedAndActualProportions() {
    assertThat(summary.rows(DemoDataGenerator.ATTENDANCE))
        .isEqualTo(rows(DemoDataGenerator.ATTENDANCE).size());
    assertThat(summary.rows(DemoDataGenerator.LEARNERS)).isEqualTo(SPEC.learners());
    assertThat(summary.expected().disadvantaged()).isEqualTo(25.0);
    assertThat(summary.expected().overallAbsence()).isEqualTo(7.0);
    assertThat(summary.expected().persistentAbsence()).isEqualTo(18.0);
    assertThat(summary.expected().ethnicGroups().values().stream().mapToDouble(d -> d).sum())
        .isCloseTo(100, within(1e-9));
    assertThat(summary.describe()).contains("attendance.csv", "persistent absence");
  }

  @Test
  void theCommandLineWritesTheFilesAndPrintsTheSummary(@TempDir Path dir) {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      DemoDataGenerator.main(
          new String[] {
            "--seed", "5", "--learners", "30", "--providers", "5", "--out", dir.toString()
          });
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("seed 5, 30 learners, 5 providers");
    assertThat(Csv.rows(dir.resolve(DemoDataGenerator.LEARNERS))).hasSize(30);
    assertThatThrownBy(() -> DemoDataGenerator.main(new String[] {"--bogus", "1"}))
        .hasMessageContaining("unknown option --bogus");
  }

  @Test
  void theSpecsAreTheDemoTermAndALocalAuthoritysYear() {
    assertThat(DemoSpec.demo())
        .isEqualTo(
            new DemoSpec(20250901, 2000, 8, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)));
    assertThat(DemoSpec.localAuthority())
        .isEqualTo(
            new DemoSpec(20250901, 25000, 40, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 22)));
    assertThatThrownBy(() -> new DemoSpec(1, 10, 4, SPEC.from(), SPEC.to()))
        .hasMessageContaining("providers must be at least 5");
    assertThatThrownBy(() -> new DemoSpec(1, 10, 8, SPEC.to(), SPEC.from()))
        .hasMessageContaining("must not be before");
  }
}
