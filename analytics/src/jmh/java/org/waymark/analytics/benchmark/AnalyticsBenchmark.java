package org.waymark.analytics.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.waymark.analytics.attendance.AttendanceCounter;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.attendance.AttendanceMark;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.progress.Assessment;
import org.waymark.analytics.progress.LearnerProgress;
import org.waymark.analytics.progress.ProgressIndicators;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.Session;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.query.Characteristic;

/**
 * Attendance and progress over a local authority's year: 25,000 learners × 380 sessions (190
 * school days, AM and PM) = 9.5 million marks, and 25,000 learners × 3 areas × 4 assessments.
 * Single-threaded: the floor is one full breakdown of a year for 25,000 learners in under 200 ms
 * on one core.
 *
 * <ul>
 *   <li>{@code attendanceBreakdownFromCounts}: the query path. The read model stores counts per
 *       learner per period; one breakdown by one characteristic, with suppression and
 *       significance tests.
 *   <li>{@code attendanceAllCharacteristicsFromCounts}: the same for all eight characteristics.
 *   <li>{@code attendanceCountMarks}: turning 9.5 million marks into per-learner counts (the
 *       projection's work, done once per mark in production, here all at once).
 *   <li>{@code attendanceFromMarksThenBreakdown}: marks to a breakdown in one go, the worst case.
 *   <li>{@code progressBreakdown}: baseline, latest, value added, group means and gaps and the
 *       disadvantage gap index for 25,000 learners and 300,000 assessments.
 *   <li>{@code progressBreakdownFromStoredProgress}: the same from each learner's stored baseline
 *       and latest score (the query path).
 *   <li>{@code fullYearAllCharacteristicsFromReadModel}: attendance and progress broken down by
 *       every one of the eight characteristics from the read model's per-learner figures.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:ActiveProcessorCount=1"})
@Threads(1)
@State(Scope.Benchmark)
public class AnalyticsBenchmark {
  static final int LEARNERS = 25_000;
  static final int DAYS = 190;
  static final LocalDate FROM = LocalDate.of(2024, 9, 2);

  List<LearnerProfile> cohort;
  List<AttendanceMark> marks;
  Map<String, AttendanceCounts> counts;
  List<Assessment> assessments;
  Map<String, LearnerProgress> progress;
  LocalDate to;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(20250718L);
    Sex[] sexes = Sex.values();
    Ethnicity[] ethnicities = Ethnicity.values();
    SendStatus[] sends = SendStatus.values();
    String[] providers = new String[40];
    for (int i = 0; i < providers.length; i++) {
      providers[i] = "P" + i;
    }
    cohort = new ArrayList<>(LEARNERS);
    for (int i = 0; i < LEARNERS; i++) {
      cohort.add(
          new LearnerProfile(
              "L" + i,
              providers[random.nextInt(providers.length)],
              sexes[random.nextInt(sexes.length)],
              ethnicities[random.nextInt(ethnicities.length)],
              sends[random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)],
              random.nextInt(4) == 0,
              random.nextInt(50) == 0,
              random.nextInt(6) == 0,
              String.valueOf(7 + random.nextInt(5)),
              FROM,
              null));
    }
    List<LocalDate> days = new ArrayList<>(DAYS);
    for (LocalDate d = FROM; days.size() < DAYS; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    to = days.get(DAYS - 1);
    AttendanceCode[] usual = {
      AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM, AttendanceCode.L, AttendanceCode.B
    };
    AttendanceCode[] absent = {
      AttendanceCode.I,
      AttendanceCode.I,
      AttendanceCode.M,
      AttendanceCode.C,
      AttendanceCode.N,
      AttendanceCode.O,
      AttendanceCode.U,
      AttendanceCode.G,
      AttendanceCode.X,
      AttendanceCode.PLANNED_CLOSURE,
      AttendanceCode.Y1
    };
    marks = new ArrayList<>(LEARNERS * DAYS * 2);
    for (LearnerProfile l : cohort) {
      int absenceRisk = random.nextInt(10) == 0 ? 30 : 4; // percent of sessions missed
      for (LocalDate d : days) {
        for (Session s : Session.values()) {
          AttendanceCode code =
              random.nextInt(100) < absenceRisk
                  ? absent[random.nextInt(absent.length)]
                  : (random.nextInt(50) == 0 ? usual[2 + random.nextInt(2)] : usual[s.ordinal()]);
          marks.add(new AttendanceMark(l.learnerId(), d, s, code));
        }
      }
    }
    counts = AttendanceCounter.countByLearner(marks, FROM, to);
    assessments = new ArrayList<>(LEARNERS * 12);
    String[] areas = {"English", "maths", "ICT"};
    for (LearnerProfile l : cohort) {
      for (String area : areas) {
        double baseline = random.nextInt(80) / 10.0;
        assessments.add(new Assessment(l.learnerId(), area, FROM, AssessmentKind.BASELINE, baseline));
        double score = baseline;
        for (int k = 1; k <= 3; k++) {
          score += random.nextInt(15) / 10.0;
          assessments.add(
              new Assessment(
                  l.learnerId(),
                  area,
                  FROM.plusDays(70L * k),
                  k == 3 ? AssessmentKind.FINAL : AssessmentKind.PROGRESS,
                  score));
        }
      }
    }
    progress = ProgressIndicators.progressByLearner(assessments, "maths", to);
  }

  @Benchmark
  public Object attendanceBreakdownFromCounts() {
    return AttendanceIndicators.breakdown(cohort, counts, Characteristic.ETHNICITY, true);
  }

  @Benchmark
  public void attendanceAllCharacteristicsFromCounts(Blackhole bh) {
    for (Characteristic by : Characteristic.values()) {
      bh.consume(AttendanceIndicators.breakdown(cohort, counts, by, true));
    }
  }

  @Benchmark
  public Object attendanceCountMarks() {
    return AttendanceCounter.countByLearner(marks, FROM, to);
  }

  @Benchmark
  public Object attendanceFromMarksThenBreakdown() {
    Map<String, AttendanceCounts> c = AttendanceCounter.countByLearner(marks, FROM, to);
    return AttendanceIndicators.breakdown(cohort, c, Characteristic.DISADVANTAGED, true);
  }

  @Benchmark
  public Object progressBreakdownFromStoredProgress() {
    return ProgressIndicators.breakdown(
        cohort, "maths", progress, Characteristic.DISADVANTAGED, true);
  }

  @Benchmark
  public void fullYearAllCharacteristicsFromReadModel(Blackhole bh) {
    for (Characteristic by : Characteristic.values()) {
      bh.consume(AttendanceIndicators.breakdown(cohort, counts, by, true));
      bh.consume(ProgressIndicators.breakdown(cohort, "maths", progress, by, true));
    }
  }

  @Benchmark
  public Object progressBreakdown() {
    return ProgressIndicators.breakdown(
        cohort, assessments, "maths", to, Characteristic.DISADVANTAGED, true);
  }
}
