package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.infra.allinone.WaymarkAllInOne;
import org.waymark.infra.demo.DemoDataGenerator;
import org.waymark.infra.demo.DemoSpec;
import org.waymark.infra.demo.DemoSummary;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesSettings;

/**
 * The end-to-end load driver of issue 9 on the local-authority workload: generates the CSV files,
 * starts the embedded services and the all-in-one in this JVM, imports every file over HTTP, waits
 * for the projections, measures the latency of every indicator endpoint for the total and every
 * {@code by}, runs the plain-SQL peer over the same files in the same PostgreSQL, measures a full
 * rebuild and the peak memory of each process, and writes {@code latest.md} and {@code
 * latest.json}. Usage: {@link BenchmarkOptions#USAGE}.
 */
public final class WaymarkBenchmark {

  /** The {@code by} values of CONTRACT.md, after the total ({@code null}). */
  static final List<String> BYS =
      List.of(
          "sex",
          "ethnicity",
          "send",
          "disadvantaged",
          "lookedAfter",
          "eal",
          "provider",
          "yearGroup");

  /** Files in dependency order (as the first-run demo loads them) and their datasets. */
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

  static final String DATABASE = "waymark";
  static final String SQL_DATABASE = "sqlpeer";
  static final String TOPIC = "waymark-bench-events";
  static final String INDEX_PREFIX = "waymark";

  private final BenchmarkOptions options;
  private final Results results;

  WaymarkBenchmark(BenchmarkOptions options) {
    this.options = options;
    this.results = new Results(options, Machine.here());
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println(BenchmarkOptions.USAGE);
      return;
    }
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    System.setProperty("axoniq.update-checker.disabled", "true");
    System.setProperty("spring.main.banner-mode", "off");
    int status;
    try {
      status = new WaymarkBenchmark(options).run();
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // Kafka, Spring and the HTTP client leave non-daemon threads; the services are closed by now.
    System.exit(status);
  }

  int run() throws Exception {
    Exception failure = null;
    DemoSpec spec = options.spec();
    say("Machine: %s", results.machine.describe());
    say(
        "Workload: %,d learners, %d providers, %s..%s (seed %d)",
        spec.learners(), spec.providers(), spec.from(), spec.to(), spec.seed());
    Path files =
        options.workDir().isPresent()
            ? Files.createDirectories(options.workDir().get())
            : Files.createTempDirectory("waymark-bench-files-");
    long t = System.nanoTime();
    DemoSummary summary = new DemoDataGenerator().generate(spec, files);
    results.generateSeconds = since(t);
    results.summary = summary;
    say("Generated the CSV files in %.1f s under %s", results.generateSeconds, files);
    summary.files().forEach(f -> say("  %-28s %,12d rows", f.name(), f.rows()));

    t = System.nanoTime();
    try (EmbeddedServices services = EmbeddedServices.start(EmbeddedServicesSettings.throwaway())) {
      results.servicesStartSeconds = since(t);
      services.createTopics(WaymarkAllInOne.PARTITIONS, TOPIC);
      int port = freePort();
      t = System.nanoTime();
      String adminPassword = org.waymark.access.account.BootstrapAdmin.generate();
      ConfigurableApplicationContext context =
          WaymarkAllInOne.start(
              services,
              port,
              DATABASE,
              TOPIC,
              INDEX_PREFIX,
              java.util.Map.of("waymark.security.bootstrap-admin-password", adminPassword));
      services.closeFirst(context::close);
      results.appStartSeconds = since(t);
      say(
          "Services up in %.1f s, Waymark in %.1f s on port %d",
          results.servicesStartSeconds, results.appStartSeconds, port);
      Map<String, Long> roots = processRoots(services);
      try (MemorySampler memory = new MemorySampler(roots)) {
        Api api = new Api("http://127.0.0.1:" + port, adminPassword);
        api.createReader(org.waymark.access.account.BootstrapAdmin.generate());
        try {
          importAll(
              api,
              files,
              new CpuAccount(roots, THIS_JVM),
              new SearchWork(services.elasticsearchUrl()));
          measureQueries(api, spec, files);
          if (options.sqlPeer()) {
            sqlPeer(api, services, spec, files);
          }
          if (options.rebuild()) {
            rebuild(api, spec);
          }
        } catch (Exception e) {
          // What was measured before the failure is still written, with the failure named.
          failure = e;
          e.printStackTrace();
        }
        results.memory = memory.peaks();
        results.meanLoad = memory.meanLoad();
        results.maxLoad = memory.maxLoad();
      }
    }
    if (failure != null) {
      results.failure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
    results.evaluateFloors();
    Files.createDirectories(options.resultsDir());
    Path md = options.resultsDir().resolve("latest.md");
    Path json = options.resultsDir().resolve("latest.json");
    String markdown = results.markdown();
    Files.writeString(md, markdown);
    Files.writeString(json, results.json());
    System.out.println();
    System.out.println(markdown);
    say("Wrote %s and %s", md.toAbsolutePath(), json.toAbsolutePath());
    return failure == null ? 0 : 1;
  }

  static final String THIS_JVM = "this JVM (command + query sides, Kafka broker)";

  /** The process trees whose memory and CPU are measured: this JVM, PostgreSQL, Elasticsearch. */
  private static Map<String, Long> processRoots(EmbeddedServices services) {
    Map<String, Long> roots = new LinkedHashMap<>();
    roots.put(THIS_JVM, ProcessHandle.current().pid());
    for (long pid : services.pids()) {
      String cmd = ProcFs.commandLine(pid);
      roots.put(cmd.contains("postgres") ? "PostgreSQL" : "Elasticsearch", pid);
    }
    return roots;
  }

  // ---------------------------------------------------------------------------------------------
  // 1-2. Import, then wait for the projections.

  private void importAll(Api api, Path files, CpuAccount cpu, SearchWork search)
      throws IOException, InterruptedException {
    say("Importing over HTTP…");
    Map<String, SearchWork.IndexWork> searchAtStart = search.snapshot();
    CpuAccount.Snapshot cpuAtStart = cpu.snapshot();
    long started = System.nanoTime();
    long position = -1;
    for (String[] i : IMPORTS) {
      Path file = files.resolve(i[1]);
      long t = System.nanoTime();
      JsonNode answer = api.importFile(i[0], file);
      ImportStep step =
          new ImportStep(
              i[0], i[1], answer.path("rows").asLong(), answer.path("events").asLong(), since(t));
      position = Math.max(position, answer.path("position").asLong(-1));
      results.imports.add(step);
      say(
          "  %-28s %,10d rows → %,9d events in %8.1f s (%,.0f events/s)",
          i[1], step.rows(), step.events(), step.seconds(), step.eventsPerSecond());
    }
    results.importSeconds = since(started);
    CpuAccount.Snapshot cpuAtImportEnd = cpu.snapshot();
    JsonNode status = api.get("/api/v1/projections/status");
    results.eventsBehindAfterImport = status.path("eventsBehind").asLong();
    say(
        "Import done in %.1f s; projections %d events behind; waiting…",
        results.importSeconds, results.eventsBehindAfterImport);
    long waitStarted = System.nanoTime();
    CatchUp catchUp = new CatchUp();
    catchUp.observe(status, 0);
    awaitCaughtUp(api, position, 4 * 3600, catchUp, waitStarted);
    results.catchUpAfterImportSeconds = since(waitStarted);
    results.catchUpByGroup = catchUp.groups();
    results.cpu =
        cpu.report(
            results.machine.cpus(),
            results.importedEvents(),
            cpuAtStart,
            cpuAtImportEnd,
            cpu.snapshot());
    results.searchWork = SearchWork.between(searchAtStart, search.snapshot());
    results.importAndCaughtUpSeconds = since(started);
    results.finalPosition = position;
    say(
        "Caught up %.1f s after the import ended: %.1f s from the first byte imported; CPU"
            + " %.0f s of the %.0f s %d cores offered (%.2f ms per event)",
        results.catchUpAfterImportSeconds,
        results.importAndCaughtUpSeconds,
        results.cpu.cpuSeconds(),
        results.cpu.cores() * results.cpu.wallSeconds(),
        results.cpu.cores(),
        results.cpu.cpuMillisPerEvent());
  }

  private static void awaitCaughtUp(
      Api api, long position, long timeoutSeconds, CatchUp catchUp, long importEnded)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    long nextReport = System.nanoTime();
    while (System.nanoTime() < deadline) {
      JsonNode s = api.get("/api/v1/projections/status");
      catchUp.observe(s, since(importEnded));
      if (s.path("caughtUp").asBoolean() && s.path("position").asLong(-1) >= position) {
        return;
      }
      if (System.nanoTime() >= nextReport) {
        say(
            "    … %,d events behind, position %d (furthest: %s)",
            s.path("eventsBehind").asLong(),
            s.path("position").asLong(),
            CatchUp.furthestBehind(s, 3));
        nextReport = System.nanoTime() + 30_000_000_000L;
      }
      // Once a second: each poll signs in with Basic (a BCrypt check, tens of ms of CPU) and, once
      // caught up, refreshes every index; polling faster would load the machine it measures.
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the projections did not catch up in " + timeoutSeconds + " s");
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Query latency.

  /** Every indicator endpoint; those taking {@code by} are asked for the total and each by. */
  static List<String[]> queryCases(DemoSpec spec, String qaProvider) {
    String period = "from=" + spec.from() + "&to=" + spec.to();
    List<String[]> byable =
        List.of(
            new String[] {"attendance", "/api/v1/indicators/attendance?" + period},
            new String[] {"progress maths", "/api/v1/indicators/progress?area=maths&" + period},
            new String[] {"progress english", "/api/v1/indicators/progress?area=english&" + period},
            new String[] {"progress science", "/api/v1/indicators/progress?area=science&" + period},
            new String[] {"targets", "/api/v1/indicators/targets?" + period},
            new String[] {"reviews", "/api/v1/indicators/reviews?at=" + spec.to()},
            new String[] {
              "trend absence-rate", "/api/v1/trends/absence-rate?interval=month&" + period
            },
            new String[] {
              "trend persistent-absence",
              "/api/v1/trends/persistent-absence?interval=month&" + period
            },
            new String[] {
              "trend distance-travelled",
              "/api/v1/trends/distance-travelled?area=maths&interval=month&" + period
            },
            new String[] {
              "trend target-achievement",
              "/api/v1/trends/target-achievement?interval=month&" + period
            },
            new String[] {
              "trend review-currency", "/api/v1/trends/review-currency?interval=month&" + period
            });
    List<String[]> out = new ArrayList<>();
    for (String[] c : byable) {
      out.add(new String[] {c[0], "total", c[1]});
      for (String by : BYS) {
        out.add(new String[] {c[0], by, c[1] + "&by=" + by});
      }
    }
    out.add(
        new String[] {
          "qa provider", "-", "/api/v1/qa/providers/" + qaProvider + "?at=" + spec.to()
        });
    out.add(
        new String[] {
          "watchlist falling-behind",
          "-",
          "/api/v1/watchlist/falling-behind?at=" + spec.to() + "&from=" + spec.from()
        });
    return out;
  }

  private void measureQueries(Api api, DemoSpec spec, Path files)
      throws IOException, InterruptedException {
    List<String[]> cases =
        queryCases(spec, qaProvider(files.resolve(DemoDataGenerator.QA_JUDGEMENTS)));
    say(
        "Query latency: %d queries, %d warm-up + %d timed requests each, sequential",
        cases.size(), options.warmup(), options.requests());
    for (String[] c : cases) {
      QueryResult r = timeQuery(api, c[0], c[1], c[2]);
      results.queries.add(r);
      if (r.ok()) {
        say(
            "  %-26s %-14s n=%2d p50 %8.1f  p95 %8.1f  p99 %8.1f ms",
            c[0],
            c[1],
            r.latency().samples(),
            r.latency().p50(),
            r.latency().p95(),
            r.latency().p99());
      } else {
        say("  %-26s %-14s FAILED: %s", c[0], c[1], r.error());
      }
    }
  }

  private QueryResult timeQuery(Api api, String endpoint, String by, String path)
      throws InterruptedException {
    try {
      long first = System.nanoTime();
      api.getBody(path);
      double firstMs = (System.nanoTime() - first) / 1e6;
      for (int i = 0; i < options.warmup(); i++) {
        api.getBody(path);
      }
      List<Long> nanos = new ArrayList<>();
      long budget = System.nanoTime() + options.caseBudgetSeconds() * 1_000_000_000L;
      for (int i = 0; i < options.requests() && (i == 0 || System.nanoTime() < budget); i++) {
        long t = System.nanoTime();
        api.getBody(path);
        nanos.add(System.nanoTime() - t);
      }
      return new QueryResult(endpoint, by, path, firstMs, Latency.ofNanos(nanos), null);
    } catch (IOException | RuntimeException e) {
      return new QueryResult(endpoint, by, path, null, null, e.getMessage());
    }
  }

  /** A provider with a QA visit: the first of the QA judgements file. */
  private static String qaProvider(Path qaJudgements) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(qaJudgements, StandardCharsets.UTF_8)) {
      List<String> header = List.of(in.readLine().split(","));
      String first = in.readLine();
      return first == null ? "P001" : first.split(",")[header.indexOf("provider_id")];
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 6. The SQL peer.

  private void sqlPeer(Api api, EmbeddedServices services, DemoSpec spec, Path files)
      throws SQLException, IOException, InterruptedException {
    say("SQL peer: loading learners.csv and attendance.csv (+ amendments) by COPY…");
    try (SqlPeer sql =
        new SqlPeer(
            services.jdbcUrl(SQL_DATABASE), services.jdbcUsername(), services.jdbcPassword())) {
      results.sqlLoad =
          sql.load(
              files.resolve(DemoDataGenerator.LEARNERS),
              files.resolve(DemoDataGenerator.ATTENDANCE),
              files.resolve(DemoDataGenerator.ATTENDANCE_AMENDMENTS));
      say(
          "  loaded %,d marks in %.1f s (learners %.1f, marks %.1f, amendments %.1f, analyse %.1f)",
          results.sqlLoad.marksRows(),
          results.sqlLoad.total(),
          results.sqlLoad.learners(),
          results.sqlLoad.marks(),
          results.sqlLoad.amendments(),
          results.sqlLoad.analyse());
      String period = "from=" + spec.from() + "&to=" + spec.to();
      List<String> bys = new ArrayList<>();
      bys.add(null);
      bys.addAll(BYS);
      for (String by : bys) {
        String label = by == null ? "total" : by;
        List<AttendanceRow> rows = sql.breakdown(by, spec.from(), spec.to());
        JsonNode unsuppressed =
            api.get(
                "/api/v1/indicators/attendance?"
                    + period
                    + "&suppress=false"
                    + (by == null ? "" : "&by=" + by));
        List<String> differences = AttendanceComparison.differences(rows, unsuppressed, by);
        List<Long> nanos = new ArrayList<>();
        long budget = System.nanoTime() + options.caseBudgetSeconds() * 1_000_000_000L;
        for (int i = 0; i < options.sqlRequests() && (i == 0 || System.nanoTime() < budget); i++) {
          long t = System.nanoTime();
          sql.breakdown(by, spec.from(), spec.to());
          nanos.add(System.nanoTime() - t);
        }
        Latency sqlLatency = Latency.ofNanos(nanos);
        Latency apiLatency = results.latency("attendance", label);
        // Cold: each request its own asAt (after every event, so the same figures), which no
        // cache holds: Elasticsearch aggregates the marks again.
        List<Long> coldNanos = new ArrayList<>();
        budget = System.nanoTime() + options.caseBudgetSeconds() * 1_000_000_000L;
        for (int i = 0; i < options.sqlRequests() && (i == 0 || System.nanoTime() < budget); i++) {
          String asAt = java.time.Instant.now().plusSeconds(3600).plusMillis(i).toString();
          long t = System.nanoTime();
          api.getBody(
              "/api/v1/indicators/attendance?"
                  + period
                  + "&asAt="
                  + asAt
                  + (by == null ? "" : "&by=" + by));
          coldNanos.add(System.nanoTime() - t);
        }
        Latency apiCold = Latency.ofNanos(coldNanos);
        Double r50 = apiLatency == null ? null : sqlLatency.p50() / apiLatency.p50();
        Double r95 = apiLatency == null ? null : sqlLatency.p95() / apiLatency.p95();
        Double cold50 = sqlLatency.p50() / apiCold.p50();
        results.sql.add(
            new SqlComparison(
                label,
                sqlLatency,
                apiLatency,
                apiCold,
                r50,
                r95,
                cold50,
                differences.isEmpty(),
                differences));
        say(
            "  %-14s SQL p50 %8.1f p95 %8.1f ms (n=%d); API p50 %8.1f → ×%s; cold %8.1f → ×%.1f;"
                + " figures %s",
            label,
            sqlLatency.p50(),
            sqlLatency.p95(),
            sqlLatency.samples(),
            apiLatency == null ? Double.NaN : apiLatency.p50(),
            r50 == null ? "-" : String.format(Locale.ROOT, "%.1f", r50),
            apiCold.p50(),
            cold50,
            differences.isEmpty() ? "equal" : "DIFFER: " + differences);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Full rebuild.

  private void rebuild(Api api, DemoSpec spec) throws IOException, InterruptedException {
    String total = "/api/v1/indicators/attendance?from=" + spec.from() + "&to=" + spec.to();
    JsonNode before = api.get(total).path("total");
    say("Full rebuild…");
    long t = System.nanoTime();
    api.post("/api/v1/admin/projections/rebuild", 202);
    JsonNode state;
    long nextReport = System.nanoTime() + 30_000_000_000L;
    long deadline = System.nanoTime() + options.rebuildTimeoutSeconds() * 1_000_000_000L;
    while (true) {
      state = api.get("/api/v1/admin/projections/rebuild");
      String s = state.path("state").asText();
      if ("DONE".equals(s) || "FAILED".equals(s)) {
        break;
      }
      if (System.nanoTime() >= deadline) {
        // Keep what the status said about each processor: where a stalled rebuild stands.
        results.rebuildStalledStatus = api.get("/api/v1/projections/status");
        say(
            "    … not DONE after %d s: %s",
            options.rebuildTimeoutSeconds(), results.rebuildStalledStatus);
        break;
      }
      if (System.nanoTime() >= nextReport) {
        say("    … %s, %s events behind", s, state.path("eventsBehind").asText("?"));
        nextReport = System.nanoTime() + 30_000_000_000L;
      }
      Thread.sleep(500);
    }
    results.rebuildSeconds = since(t);
    results.rebuildState = state;
    if ("DONE".equals(state.path("state").asText())) {
      JsonNode after = api.get(total).path("total");
      results.rebuildSameTotal = before.equals(after);
    }
    say(
        "Rebuild %s in %.1f s (server: %s s); attendance total %s after it",
        state.path("state").asText(),
        results.rebuildSeconds,
        state.path("seconds").asText("?"),
        results.rebuildSameTotal == null
            ? "not compared"
            : results.rebuildSameTotal ? "unchanged" : "CHANGED");
  }

  // ---------------------------------------------------------------------------------------------

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static double since(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }

  static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
