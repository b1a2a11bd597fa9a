package org.waymark.infra.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import org.waymark.infra.demo.DemoDataGenerator;
import org.waymark.infra.demo.DemoSpec;
import org.waymark.infra.demo.DemoSummary;

/**
 * The first-run demo: on the first start of an empty installation, generates the demo dataset
 * (about 2,000 learners, the current academic year's first term so far; {@link DemoSpec}), imports
 * it through the import API exactly as a user's files would go, waits until the read models have
 * caught up, and prints a short summary with the headline indicators. A marker file in the data
 * directory keeps a second start from loading it again; an installation that already holds data
 * never gets it.
 */
final class DemoLoader {
  static final String MARKER = "demo-loaded";
  static final long DEMO_SEED = 20250901L;
  static final int DEMO_LEARNERS = 2_000;
  static final int DEMO_PROVIDERS = 8;

  /** Datasets in dependency order, and the file each comes from. */
  static final List<String[]> IMPORTS =
      List.of(
          new String[] {"providers", DemoDataGenerator.PROVIDERS},
          new String[] {"learners", DemoDataGenerator.LEARNERS},
          new String[] {"placements", DemoDataGenerator.PLACEMENTS},
          new String[] {"attendance", DemoDataGenerator.ATTENDANCE},
          new String[] {"attendance", DemoDataGenerator.ATTENDANCE_AMENDMENTS},
          new String[] {"assessments", DemoDataGenerator.ASSESSMENTS},
          new String[] {"targets", DemoDataGenerator.TARGETS},
          new String[] {"target_outcomes", DemoDataGenerator.TARGET_OUTCOMES},
          new String[] {"reviews", DemoDataGenerator.REVIEWS},
          new String[] {"qa_judgements", DemoDataGenerator.QA_JUDGEMENTS});

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final Path dataDir;
  private final PrintStream out;
  private final Clock clock;
  private final HttpClient http = HttpClient.newHttpClient();

  DemoLoader(String base, Path dataDir, PrintStream out, Clock clock) {
    this.base = base;
    this.dataDir = dataDir;
    this.out = out;
    this.clock = clock;
  }

  /**
   * The demo's period: the current academic year from 1 September up to yesterday, at most one term
   * (15 weeks); before the autumn term has run two weeks, the previous year's autumn term.
   */
  static DemoSpec specFor(LocalDate today) {
    int year =
        today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
    LocalDate from = LocalDate.of(year, Month.SEPTEMBER, 1);
    LocalDate to = today.minusDays(1);
    if (to.isBefore(from.plusWeeks(2))) {
      from = from.minusYears(1);
    }
    LocalDate termEnd = from.plusWeeks(15);
    if (to.isAfter(termEnd)) {
      to = termEnd;
    }
    return new DemoSpec(DEMO_SEED, DEMO_LEARNERS, DEMO_PROVIDERS, from, to);
  }

  /** Whether to load: asked for, never loaded here before, and nothing recorded yet. */
  boolean shouldLoad(boolean noDemo) throws IOException, InterruptedException {
    if (noDemo || Files.exists(dataDir.resolve(MARKER))) {
      return false;
    }
    // Anything already projected means someone's data is here: never mix the demo into it.
    long position = get("/api/v1/projections/status").path("position").asLong(-1);
    return position < 0;
  }

  /** Generates, imports, waits, marks the data directory and prints the summary. */
  void load() throws IOException, InterruptedException {
    DemoSpec spec = specFor(LocalDate.now(clock));
    Path files = dataDir.resolve("demo-files");
    Files.createDirectories(files);
    out.printf(
        "Loading the demo dataset (first start): %,d learners, %d providers, %s to %s…%n",
        spec.learners(), spec.providers(), spec.from(), spec.to());
    Instant started = clock.instant();
    DemoSummary summary = new DemoDataGenerator().generate(spec, files);
    long events = 0;
    long position = -1;
    for (String[] i : IMPORTS) {
      Path file = files.resolve(i[1]);
      Instant t = clock.instant();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + i[0]))
                  .header("Content-Type", "text/csv")
                  .timeout(Duration.ofMinutes(10))
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 202) {
        throw new IllegalStateException(
            "the demo file " + i[1] + " was refused (" + r.statusCode() + "): " + r.body());
      }
      JsonNode body = JSON.readTree(r.body());
      events += body.path("events").asLong();
      position = Math.max(position, body.path("position").asLong(-1));
      out.printf(
          "  %-28s %,9d rows → %,7d events  (%.1f s)%n",
          i[1], body.path("rows").asLong(), body.path("events").asLong(), seconds(t));
    }
    out.print("  projecting into the read models");
    awaitCaughtUp(position);
    out.printf(" done (%.0f s in all)%n", seconds(started));
    Files.writeString(
        dataDir.resolve(MARKER),
        "The demo dataset ("
            + spec
            + ") was loaded at "
            + clock.instant()
            + ". Delete the data directory to start again.\n");
    printSummary(spec, summary, events);
  }

  /**
   * Until every processor has caught up and {@code position} (the last import's) is projected:
   * status sees Kafka, where an event committed but not yet published is not yet.
   */
  private void awaitCaughtUp(long position) throws IOException, InterruptedException {
    Instant deadline = clock.instant().plus(Duration.ofMinutes(30));
    Instant nextDot = clock.instant();
    while (clock.instant().isBefore(deadline)) {
      JsonNode status = get("/api/v1/projections/status");
      if (status.path("caughtUp").asBoolean() && status.path("position").asLong(-1) >= position) {
        return;
      }
      if (!clock.instant().isBefore(nextDot)) {
        out.print(".");
        out.flush();
        nextDot = clock.instant().plusSeconds(2);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the read models did not catch up with the demo in 30 minutes");
  }

  private void printSummary(DemoSpec spec, DemoSummary summary, long events)
      throws IOException, InterruptedException {
    String period = "from=" + spec.from() + "&to=" + spec.to();
    JsonNode attendance = get("/api/v1/indicators/attendance?" + period).path("total");
    JsonNode targets = get("/api/v1/indicators/targets?" + period).path("total");
    JsonNode reviews = get("/api/v1/indicators/reviews?at=" + spec.to()).path("total");
    JsonNode maths = get("/api/v1/indicators/progress?area=maths&to=" + spec.to()).path("total");
    JsonNode qa = get("/api/v1/qa/providers?at=" + spec.to()).path("providers");
    long unsuitable = 0;
    long mustRegister = 0;
    for (JsonNode p : qa) {
      if (p.path("latestVisit").isTextual() && !p.path("suitable").asBoolean(true)) {
        unsuitable++;
      }
      if (p.path("mustRegister").asBoolean(false)) {
        mustRegister++;
      }
    }
    out.printf(
        Locale.ROOT,
        "%nDemo loaded: %,d learners, %,d events, %s to %s.%n"
            + "  Overall absence         %s   persistent absence %s%n"
            + "  Target achievement      %s   overdue targets %s%n"
            + "  Review currency at %s  %s%n"
            + "  Maths distance travelled %s (mean, %s learners)%n"
            + "  QA: %d provider(s) unsuitable at their latest visit, %d must register%n",
        summary.rows(DemoDataGenerator.LEARNERS),
        events,
        spec.from(),
        spec.to(),
        percent(attendance.path("absenceRate")),
        percent(attendance.path("persistentAbsenceRate")),
        percent(targets.path("achievementRate")),
        targets.path("overdue").asText("-"),
        spec.to(),
        percent(reviews.path("reviewCurrency")),
        number(maths.path("meanDistanceTravelled")),
        maths.path("learners").asText("-"),
        unsuitable,
        mustRegister);
    out.printf("  Try: %s/api/v1/indicators/attendance?%s&by=disadvantaged%n", base, period);
  }

  private static String percent(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%5.1f%%", n.asDouble()) : "    -";
  }

  private static String number(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%+.2f", n.asDouble()) : "-";
  }

  private double seconds(Instant since) {
    return Duration.between(since, clock.instant()).toMillis() / 1000.0;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new UncheckedIOException(
          new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body()));
    }
    return JSON.readTree(r.body());
  }
}
