package org.waymark.infra.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.learner.EthnicGroup;
import org.waymark.api.learner.SendStatus;

/**
 * A deterministic synthetic dataset in the CSV import formats of CONTRACT.md: {@code
 * providers.csv}, {@code learners.csv}, {@code placements.csv}, {@code attendance.csv}, {@code
 * attendance-amendments.csv} (the same key as a mark, another code and a reason: the import records
 * it as an amendment), {@code assessments.csv}, {@code targets.csv}, {@code target_outcomes.csv},
 * {@code reviews.csv} and {@code qa_judgements.csv}.
 *
 * <p><b>Determinism.</b> The same {@link DemoSpec} gives byte-identical files: each concern
 * (providers, learners, absence model, placements, attendance, amendments, assessments, targets,
 * reviews, QA) draws from its own {@link java.util.SplittableRandom} seeded from the spec's seed;
 * nothing reads the clock, {@code Math.random} or a hash-ordered collection's iteration order.
 *
 * <p><b>Streaming.</b> Every file goes through a buffered writer; only the learners (a few hundred
 * bytes each) and one learner's register at a time are held in memory, so the local-authority spec
 * (25,000 learners, about 9.5 million marks) runs in constant memory beyond that.
 *
 * <p><b>Grouped by learner.</b> {@code attendance.csv} holds all of one learner's marks
 * contiguously, in date order, AM before PM. The importer turns each chunk of rows into one event
 * per learner, so this keeps the number of events near the number of learners (plus one per chunk
 * boundary).
 *
 * <p><b>Proportions and their sources</b> (national figures for England, rounded; the model
 * parameters are in {@link Population}):
 *
 * <ul>
 *   <li>DfE "Schools, pupils and their characteristics": disadvantaged (FSM-eligible / pupil
 *       premium) about 25%, SEN support about 13%, EHC plan about 5%, EAL about 20%; the school
 *       census ethnicity mix: White British 63%, other White 7%, Mixed 7%, Asian 12%, Black 6%,
 *       Chinese 1%, Other 2%, unclassified 2%.
 *   <li>DfE "Children looked after in England": looked after about 1% (all counted disadvantaged).
 *   <li>DfE "Pupil absence in schools in England", 2023/24: overall absence about 7%, persistent
 *       absence (10% or more of sessions missed) about 18%; disadvantaged and SEN pupils are absent
 *       more. Modelled as a per-learner propensity from a two-group mixture whose at-risk group is
 *       entered with a relative risk (disadvantaged ×2.2, SEN support ×1.5, EHC plan ×1.7, older
 *       year groups more), see {@link Population#AT_RISK_SHARE}, and calibrated so that a term
 *       comes out near 7% and 18-19%, a year near 7% and 17%, by the CONTRACT.md definitions.
 * </ul>
 *
 * <p>The registers follow an English school calendar ({@link SchoolCalendar}): two sessions a
 * school day, Monday to Friday, in term, not on bank holidays, within {@code from..to} and on or
 * after the learner's enrolment. See {@link Registers}, {@link Learning} and {@link QaVisits} for
 * how each file is drawn.
 */
public final class DemoDataGenerator {

  public static final String PROVIDERS = "providers.csv";
  public static final String LEARNERS = "learners.csv";
  public static final String PLACEMENTS = "placements.csv";
  public static final String ATTENDANCE = "attendance.csv";
  public static final String ATTENDANCE_AMENDMENTS = "attendance-amendments.csv";
  public static final String ASSESSMENTS = "assessments.csv";
  public static final String TARGETS = "targets.csv";
  public static final String TARGET_OUTCOMES = "target_outcomes.csv";
  public static final String REVIEWS = "reviews.csv";
  public static final String QA_JUDGEMENTS = "qa_judgements.csv";

  /** Every file and its header (CONTRACT.md's columns, optional ones included), in load order. */
  public static final Map<String, List<String>> HEADERS = headers();

  private static Map<String, List<String>> headers() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put(PROVIDERS, List.of("provider_id", "name", "kind", "registered", "dfe_number"));
    h.put(
        LEARNERS,
        List.of(
            "learner_id",
            "provider_id",
            "given_name",
            "family_name",
            "date_of_birth",
            "sex",
            "ethnicity",
            "send",
            "disadvantaged",
            "looked_after",
            "eal",
            "year_group",
            "enrolled_on"));
    h.put(
        PLACEMENTS,
        List.of(
            "placement_id",
            "learner_id",
            "provider_id",
            "start_on",
            "end_on",
            "hours_per_week",
            "sole_provider"));
    List<String> attendance =
        List.of("learner_id", "date", "session", "code", "minutes_late", "reason");
    h.put(ATTENDANCE, attendance);
    h.put(ATTENDANCE_AMENDMENTS, attendance);
    h.put(ASSESSMENTS, List.of("learner_id", "area", "date", "kind", "score"));
    h.put(TARGETS, List.of("target_id", "learner_id", "area", "description", "set_on", "due_on"));
    h.put(TARGET_OUTCOMES, List.of("target_id", "date", "outcome", "new_due_on"));
    h.put(
        REVIEWS,
        List.of(
            "review_id",
            "learner_id",
            "held_on",
            "tutor",
            "on_target",
            "punctuality",
            "working_towards",
            "learner_comment",
            "tutor_comment",
            "confidential",
            "next_review_on"));
    h.put(
        QA_JUDGEMENTS,
        List.of(
            "visit_id", "provider_id", "visit_on", "theme", "criterion", "judgement", "evidence"));
    return java.util.Collections.unmodifiableMap(h);
  }

  /**
   * Writes every file of the dataset into {@code directory} (created if missing; files there of the
   * same names are replaced).
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public DemoSummary generate(DemoSpec spec, Path directory) {
    long started = System.nanoTime(); // elapsed time for the report only; never in the data
    try {
      Files.createDirectories(directory);
      SchoolCalendar calendar = new SchoolCalendar(spec.from(), spec.to());
      Population population = new Population(spec, calendar);
      Map<String, CsvOut> out = new LinkedHashMap<>();
      try {
        for (Map.Entry<String, List<String>> e : HEADERS.entrySet()) {
          out.put(e.getKey(), new CsvOut(directory.resolve(e.getKey()), e.getValue()));
        }
        writeProviders(population, out.get(PROVIDERS));
        writeLearners(population, out.get(LEARNERS));
        writePlacements(population, out.get(PLACEMENTS));
        Registers registers = new Registers(spec, calendar, population);
        registers.write(out.get(ATTENDANCE), out.get(ATTENDANCE_AMENDMENTS));
        Learning learning = new Learning(spec, calendar, population);
        learning.writeAssessments(out.get(ASSESSMENTS));
        learning.writeTargets(out.get(TARGETS), out.get(TARGET_OUTCOMES));
        learning.writeReviews(out.get(REVIEWS));
        new QaVisits(spec, calendar, population).write(out.get(QA_JUDGEMENTS));
        for (CsvOut o : out.values()) {
          o.close();
        }
        List<WrittenFile> files = new ArrayList<>();
        for (CsvOut o : out.values()) {
          files.add(
              new WrittenFile(o.path().getFileName().toString(), o.rows(), Files.size(o.path())));
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new DemoSummary(
            spec, directory, files, expected(), actual(population, registers), elapsed);
      } finally {
        for (CsvOut o : out.values()) {
          o.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the demo data to " + directory, e);
    }
  }

  /** The proportions the model aims at, percent. */
  public static Proportions expected() {
    return new Proportions(
        Population.DISADVANTAGED * 100,
        Population.SEN_SUPPORT * 100,
        Population.EHC_PLAN * 100,
        Population.expectedEal(),
        Population.LOOKED_AFTER * 100,
        Population.expectedEthnicGroups(),
        Population.EXPECTED_OVERALL_ABSENCE,
        Population.EXPECTED_PERSISTENT_ABSENCE);
  }

  private static Proportions actual(Population population, Registers registers) {
    List<DemoLearner> ls = population.learners;
    double n = ls.size();
    Map<EthnicGroup, Double> groups = new EnumMap<>(EthnicGroup.class);
    for (EthnicGroup g : EthnicGroup.values()) {
      groups.put(g, ls.stream().filter(l -> l.ethnicity().group() == g).count() * 100 / n);
    }
    return new Proportions(
        ls.stream().filter(DemoLearner::disadvantaged).count() * 100 / n,
        ls.stream().filter(l -> l.send() == SendStatus.K).count() * 100 / n,
        ls.stream().filter(l -> l.send() == SendStatus.E).count() * 100 / n,
        ls.stream().filter(DemoLearner::eal).count() * 100 / n,
        ls.stream().filter(DemoLearner::lookedAfter).count() * 100 / n,
        groups,
        registers.possible == 0 ? 0 : registers.absent * 100.0 / registers.possible,
        registers.learnersWithPossible == 0
            ? 0
            : registers.persistentAbsentees * 100.0 / registers.learnersWithPossible);
  }

  private static void writeProviders(Population population, CsvOut out) throws IOException {
    for (DemoProvider p : population.providers) {
      out.row(p.id(), p.name(), p.kind().name(), yn(p.registered()), p.dfeNumber());
    }
  }

  private static void writeLearners(Population population, CsvOut out) throws IOException {
    for (DemoLearner l : population.learners) {
      out.row(
          l.id(),
          l.provider().id(),
          l.givenName(),
          l.familyName(),
          l.dateOfBirth().toString(),
          l.sex().name(),
          l.ethnicity().name(),
          l.send().name(),
          yn(l.disadvantaged()),
          yn(l.lookedAfter()),
          yn(l.eal()),
          Integer.toString(l.yearGroup()),
          l.enrolledOn().toString());
    }
  }

  private static void writePlacements(Population population, CsvOut out) throws IOException {
    for (DemoPlacement p : population.placements) {
      out.row(
          p.id(),
          p.learner().id(),
          p.provider().id(),
          p.startOn().toString(),
          p.endOn() == null ? null : p.endOn().toString(),
          hours(p.hoursPerWeek()),
          yn(p.soleProvider()));
    }
  }

  static String hours(double h) {
    return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
  }

  private static String yn(boolean b) {
    return b ? "Y" : "N";
  }

  // --- command line ---------------------------------------------------------------------------

  /**
   * {@code --seed N --learners N --providers N --from D --to D --out DIR}; every option defaults to
   * {@link DemoSpec#demo()}, the directory to {@code demo-data}. Prints the summary.
   */
  public static void main(String[] args) {
    DemoSpec demo = DemoSpec.demo();
    long seed = demo.seed();
    int learners = demo.learners();
    int providers = demo.providers();
    LocalDate from = demo.from();
    LocalDate to = demo.to();
    Path dir = Path.of("demo-data");
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(usage());
        return;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value\n" + usage());
      }
      String value = args[++i];
      switch (option) {
        case "--seed" -> seed = Long.parseLong(value);
        case "--learners" -> learners = Integer.parseInt(value);
        case "--providers" -> providers = Integer.parseInt(value);
        case "--from" -> from = LocalDate.parse(value);
        case "--to" -> to = LocalDate.parse(value);
        case "--out" -> dir = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + usage());
      }
    }
    DemoSummary summary =
        new DemoDataGenerator().generate(new DemoSpec(seed, learners, providers, from, to), dir);
    System.out.print(summary.describe());
  }

  private static String usage() {
    return "usage: DemoDataGenerator [--seed N] [--learners N] [--providers N] [--from YYYY-MM-DD]"
        + " [--to YYYY-MM-DD] [--out DIR]   (defaults: the demo spec, seed 20250901, 2000 learners,"
        + " 8 providers, 2025-09-01..2025-12-19, ./demo-data)";
  }
}
