package org.waymark.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.waymark.infra.demo.DemoSpec;
import org.waymark.infra.demo.DemoSummary;
import org.waymark.infra.demo.WrittenFile;

/** Everything one run measured, the floors of issue 9 against it, and the two reports. */
final class Results {
  /** Issue 9: year imported and projections caught up in under 5 minutes. */
  static final double IMPORT_FLOOR_SECONDS = 300;

  /** Issue 9: indicator p95 under 250 ms. */
  static final double P95_FLOOR_MS = 250;

  /** Issue 9: at least 5× faster than the SQL peer for the attendance breakdowns. */
  static final double SQL_RATIO_FLOOR = 5;

  final BenchmarkOptions options;
  final Machine machine;
  DemoSummary summary;
  double generateSeconds;
  double servicesStartSeconds;
  double appStartSeconds;
  final List<ImportStep> imports = new ArrayList<>();
  double importSeconds;
  long eventsBehindAfterImport;
  double catchUpAfterImportSeconds;

  /** Each processing group's catch-up after the import ended, the last first. */
  List<CatchUp.Group> catchUpByGroup = List.of();

  double importAndCaughtUpSeconds;
  long finalPosition;
  final List<QueryResult> queries = new ArrayList<>();
  SqlPeer.LoadTimes sqlLoad;
  final List<SqlComparison> sql = new ArrayList<>();
  Double rebuildSeconds;
  JsonNode rebuildState;

  /** The step that failed and why; null when every step ran. */
  String failure;

  Boolean rebuildSameTotal;
  JsonNode rebuildStalledStatus;
  double meanLoad = -1;
  double maxLoad = -1;
  List<MemorySampler.Peak> memory = List.of();

  /** Who used the CPU from the import's start until the projections caught up; null if not. */
  CpuAccount.Report cpu;

  /** What Elasticsearch did for each index over the same window, the costliest first. */
  List<SearchWork.IndexWork> searchWork = List.of();

  final List<Floor> floors = new ArrayList<>();

  Results(BenchmarkOptions options, Machine machine) {
    this.options = options;
    this.machine = machine;
  }

  /** Events the import's answers reported, over every file. */
  long importedEvents() {
    return imports.stream().mapToLong(ImportStep::events).sum();
  }

  /** The API latency measured for {@code endpoint} and {@code by}, or null. */
  Latency latency(String endpoint, String by) {
    return queries.stream()
        .filter(q -> q.ok() && q.endpoint().equals(endpoint) && q.by().equals(by))
        .map(QueryResult::latency)
        .findFirst()
        .orElse(null);
  }

  boolean atFloorScale() {
    DemoSpec la = DemoSpec.localAuthority();
    DemoSpec s = options.spec();
    return s.learners() >= la.learners()
        && s.providers() >= la.providers()
        && !s.from().isAfter(la.from())
        && !s.to().isBefore(la.to());
  }

  private String scaleNote() {
    return atFloorScale()
        ? ""
        : String.format(
            Locale.ROOT,
            "measured at %,d learners, not the floor's 25,000",
            options.spec().learners());
  }

  void evaluateFloors() {
    floors.clear();
    floors.add(
        new Floor(
            "year imported and projections caught up",
            "< 300 s",
            String.format(Locale.ROOT, "%.0f s", importAndCaughtUpSeconds),
            importAndCaughtUpSeconds < IMPORT_FLOOR_SECONDS && atFloorScale(),
            atFloorScale() ? "" : scaleNote() + " (not met by definition)"));
    List<QueryResult> ok = queries.stream().filter(QueryResult::ok).toList();
    long failed = queries.size() - ok.size();
    QueryResult worst =
        ok.stream()
            .max((a, b) -> Double.compare(a.latency().p95(), b.latency().p95()))
            .orElse(null);
    long over = ok.stream().filter(q -> q.latency().p95() >= P95_FLOOR_MS).count();
    floors.add(
        new Floor(
            "indicator p95 (every endpoint, every by)",
            "< 250 ms",
            worst == null
                ? "-"
                : String.format(
                    Locale.ROOT,
                    "worst %.0f ms (%s, %s); %d of %d over",
                    worst.latency().p95(),
                    worst.endpoint(),
                    worst.by(),
                    over,
                    ok.size()),
            worst != null && over == 0 && failed == 0,
            join(failed > 0 ? failed + " queries failed" : "", scaleNote())));
    SqlComparison slowest =
        sql.stream()
            .filter(c -> c.ratioP50() != null)
            .min((a, b) -> Double.compare(a.ratioP50(), b.ratioP50()))
            .orElse(null);
    SqlComparison slowestCold =
        sql.stream()
            .filter(c -> c.coldRatioP50() != null)
            .min((a, b) -> Double.compare(a.coldRatioP50(), b.coldRatioP50()))
            .orElse(null);
    boolean allEqual = sql.stream().allMatch(SqlComparison::sameFigures);
    floors.add(
        new Floor(
            "attendance breakdowns vs the SQL peer (SQL p50 / API p50)",
            "≥ 5×",
            slowest == null
                ? "not run"
                : String.format(
                        Locale.ROOT, "warm: lowest ×%.2f (by %s)", slowest.ratioP50(), slowest.by())
                    + (slowestCold == null
                        ? ""
                        : String.format(
                            Locale.ROOT,
                            "; cold: lowest ×%.2f (by %s)",
                            slowestCold.coldRatioP50(),
                            slowestCold.by())),
            slowest != null
                && slowest.ratioP50() >= SQL_RATIO_FLOOR
                && (slowestCold == null || slowestCold.coldRatioP50() >= SQL_RATIO_FLOOR)
                && allEqual,
            join(allEqual ? "same figures in every breakdown" : "FIGURES DIFFER", scaleNote())));
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }

  // ---------------------------------------------------------------------------------------------

  String json() throws JsonProcessingException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("machine", machine);
    m.put("failure", failure);
    DemoSpec s = options.spec();
    Map<String, Object> workload = new LinkedHashMap<>();
    workload.put("seed", s.seed());
    workload.put("learners", s.learners());
    workload.put("providers", s.providers());
    workload.put("from", s.from().toString());
    workload.put("to", s.to().toString());
    workload.put("localAuthorityScale", atFloorScale());
    if (summary != null) {
      workload.put(
          "rows",
          summary.files().stream()
              .collect(
                  Collectors.toMap(
                      WrittenFile::name, WrittenFile::rows, (a, b) -> a, LinkedHashMap::new)));
    }
    m.put("workload", workload);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("requests", options.requests());
    settings.put("warmup", options.warmup());
    settings.put("sqlRequests", options.sqlRequests());
    settings.put("caseBudgetSeconds", options.caseBudgetSeconds());
    m.put("settings", settings);
    m.put("floors", floors);
    Map<String, Object> startup = new LinkedHashMap<>();
    startup.put("generateSeconds", generateSeconds);
    startup.put("servicesStartSeconds", servicesStartSeconds);
    startup.put("appStartSeconds", appStartSeconds);
    m.put("startup", startup);
    Map<String, Object> imp = new LinkedHashMap<>();
    imp.put("steps", imports);
    imp.put("events", importedEvents());
    imp.put("importSeconds", importSeconds);
    imp.put("eventsBehindAfterImport", eventsBehindAfterImport);
    imp.put("catchUpAfterImportSeconds", catchUpAfterImportSeconds);
    imp.put("catchUpByGroup", catchUpByGroup);
    imp.put("importAndCaughtUpSeconds", importAndCaughtUpSeconds);
    imp.put("finalPosition", finalPosition);
    m.put("import", imp);
    if (cpu != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("cores", cpu.cores());
      c.put("wallSeconds", cpu.wallSeconds());
      c.put("cpuSeconds", cpu.cpuSeconds());
      c.put("utilisation", cpu.utilisation());
      c.put("cpuMillisPerEvent", cpu.cpuMillisPerEvent());
      c.put("processes", cpu.processes());
      c.put("jvmThreads", cpu.threads());
      c.put("elasticsearchByIndex", searchWork);
      m.put("cpuWhileImportingAndCatchingUp", c);
    }
    m.put("queries", queries);
    Map<String, Object> peer = new LinkedHashMap<>();
    peer.put("load", sqlLoad);
    peer.put("breakdowns", sql);
    m.put("sqlPeer", peer);
    Map<String, Object> rebuild = new LinkedHashMap<>();
    rebuild.put("seconds", rebuildSeconds);
    rebuild.put("state", rebuildState);
    rebuild.put("attendanceTotalUnchanged", rebuildSameTotal);
    rebuild.put("statusWhenGivenUp", rebuildStalledStatus);
    m.put("rebuild", rebuild);
    m.put("peakMemory", memory);
    Map<String, Object> load = new LinkedHashMap<>();
    load.put("meanLoadAverage1m", meanLoad);
    load.put("maxLoadAverage1m", maxLoad);
    m.put("machineLoad", load);
    return JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(m)
        + "\n";
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    DemoSpec s = options.spec();
    b.append("# Waymark benchmark: latest run\n\n");
    if (failure != null) {
      b.append("**The run stopped early:** ").append(failure).append("\n\n");
    }
    b.append("| | |\n|---|---|\n");
    row(b, "date", machine.date().toString());
    row(b, "CPU", machine.cpuModel() + " × " + machine.cpus());
    row(b, "memory", f("%.1f GiB", machine.memoryGiB()));
    row(b, "Java (driver and both sides)", machine.java());
    row(
        b,
        "JVM options",
        (machine.jvmOptions().isEmpty() ? "(none)" : "`" + machine.jvmOptions() + "`")
            + "; collectors: "
            + machine.collectors());
    row(b, "OS", machine.os());
    row(
        b,
        "workload",
        f(
            "%,d learners, %d providers, %s..%s, seed %d%s",
            s.learners(),
            s.providers(),
            s.from(),
            s.to(),
            s.seed(),
            atFloorScale()
                ? " (the local-authority scale)"
                : " (**below** the local-authority scale)"));
    if (summary != null) {
      row(
          b,
          "rows",
          summary.files().stream()
              .map(w -> f("%s %,d", w.name(), w.rows()))
              .collect(Collectors.joining(", ")));
    }
    row(
        b,
        "settings",
        f(
            "%d warm-up + %d timed sequential requests per query (stopped after %d s), %d per SQL query",
            options.warmup(),
            options.requests(),
            options.caseBudgetSeconds(),
            options.sqlRequests()));
    row(
        b,
        "machine load",
        f(
            "1-minute load average during the run: mean %.2f, max %.2f (the machine is shared;"
                + " above the core count, something waited for a CPU)",
            meanLoad, maxLoad));
    row(
        b,
        "start-up",
        f(
            "data generated %.1f s, services %.1f s, Waymark %.1f s",
            generateSeconds, servicesStartSeconds, appStartSeconds));

    b.append("\n## Floors (issue 9, on 2 cores)\n\n| floor | target | measured | met | note |\n");
    b.append("|---|---|---|---|---|\n");
    for (Floor fl : floors) {
      b.append(
          f(
              "| %s | %s | %s | %s | %s |\n",
              fl.floor(), fl.target(), fl.measured(), fl.met() ? "yes" : "**no**", fl.note()));
    }

    b.append("\n## Import and projection\n\n");
    b.append("| file | dataset | rows | events | seconds | rows/s | events/s |\n");
    b.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (ImportStep i : imports) {
      b.append(
          f(
              "| %s | %s | %,d | %,d | %.1f | %,.0f | %,.0f |\n",
              i.file(),
              i.dataset(),
              i.rows(),
              i.events(),
              i.seconds(),
              i.rowsPerSecond(),
              i.eventsPerSecond()));
    }
    long events = importedEvents();
    b.append(
        f(
            "\nImport (all files, sequential HTTP POSTs) %.1f s for %,d events; projections were"
                + " %,d events behind when it ended and caught up %.1f s later: **%.1f s** from the"
                + " first file to every read model caught up.\n",
            importSeconds,
            events,
            eventsBehindAfterImport,
            catchUpAfterImportSeconds,
            importAndCaughtUpSeconds));
    if (!catchUpByGroup.isEmpty()) {
      b.append(
          "\nEach processing group (`processors` of `/api/v1/projections/status`, read once a"
              + " second): events still to consume when the import ended, and when it first had"
              + " none. The last one is what the catch-up time measures.\n\n");
      b.append("| processing group | behind at the import's end | caught up after (s) |\n");
      b.append("|---|---:|---:|\n");
      for (CatchUp.Group g : catchUpByGroup) {
        b.append(
            f(
                "| %s | %,d | %s |\n",
                g.name(),
                g.behindAtImportEnd(),
                g.caughtUpAfterSeconds() == null
                    ? "not caught up"
                    : f("%.1f", g.caughtUpAfterSeconds())));
      }
    }

    cpuSection(b);

    b.append("\n## Query latency (ms, sequential, after warm-up)\n\n");
    b.append(
        "`first` is the very first request of the path, before the warm-up: for an endpoint's"
            + " first row (`total`) it is the request that loads what the readers keep until the"
            + " read model changes (the cold figure); later rows of the same endpoint share"
            + " that data.\n\n");
    b.append(
        "| endpoint | by | first | n | p50 | p95 | p99 | max |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (QueryResult q : queries) {
      if (q.ok()) {
        Latency l = q.latency();
        b.append(
            f(
                "| %s | %s | %s | %d | %.1f | %s | %.1f | %.1f |\n",
                q.endpoint(),
                q.by(),
                q.firstMs() == null ? "-" : f("%.1f", q.firstMs()),
                l.samples(),
                l.p50(),
                l.p95() >= P95_FLOOR_MS ? f("**%.1f**", l.p95()) : f("%.1f", l.p95()),
                l.p99(),
                l.max()));
      } else {
        b.append(f("| %s | %s | failed: %s | | | | | |\n", q.endpoint(), q.by(), q.error()));
      }
    }

    b.append("\n## Attendance breakdowns: the SQL peer in the same PostgreSQL\n\n");
    if (sqlLoad == null) {
      b.append("Not run.\n");
    } else {
      b.append(
          f(
              "`learners.csv` and `attendance.csv` loaded by `COPY … FROM STDIN` (%,d marks),"
                  + " amendments applied by one `UPDATE … FROM`, `VACUUM ANALYZE`, no indexes:"
                  + " %.1f s (learners %.1f, marks %.1f, amendments %.1f, analyse %.1f). Each"
                  + " breakdown is one `GROUP BY` query (per learner, then per group) by the"
                  + " CONTRACT.md definitions; its figures are checked against the API's"
                  + " (`suppress=false`). Ratio = SQL time / API time. API (warm): the timed"
                  + " requests above, answered from what the reader keeps while the data is"
                  + " unchanged; API cold: each request with its own `asAt` after the last event"
                  + " (same figures), so no cache holds it and Elasticsearch aggregates every mark"
                  + " again.\n\n",
              sqlLoad.marksRows(),
              sqlLoad.total(),
              sqlLoad.learners(),
              sqlLoad.marks(),
              sqlLoad.amendments(),
              sqlLoad.analyse()));
      b.append(
          "| by | SQL p50 | SQL p95 | API p50 | API p95 | ratio p50 | ratio p95 | API cold p50"
              + " | API cold p95 | cold ratio p50 | same figures |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
      for (SqlComparison c : sql) {
        b.append(
            f(
                "| %s | %.1f | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                c.by(),
                c.sql().p50(),
                c.sql().p95(),
                c.api() == null ? "-" : f("%.1f", c.api().p50()),
                c.api() == null ? "-" : f("%.1f", c.api().p95()),
                c.ratioP50() == null ? "-" : f("×%.2f", c.ratioP50()),
                c.ratioP95() == null ? "-" : f("×%.2f", c.ratioP95()),
                c.apiCold() == null ? "-" : f("%.1f", c.apiCold().p50()),
                c.apiCold() == null ? "-" : f("%.1f", c.apiCold().p95()),
                c.coldRatioP50() == null ? "-" : f("×%.2f", c.coldRatioP50()),
                c.sameFigures() ? "yes" : "**no**: " + String.join("; ", c.differences())));
      }
    }

    b.append("\n## Full rebuild\n\n");
    if (rebuildSeconds == null) {
      b.append("Not run.\n");
    } else if (rebuildStalledStatus != null) {
      b.append(
          f(
              "`POST /api/v1/admin/projections/rebuild`, polled: **not DONE after %.0f s** (state"
                  + " `%s`, %s events behind). Projection status when the driver gave up: `%s`\n",
              rebuildSeconds,
              rebuildState.path("state").asText(),
              rebuildState.path("eventsBehind").asText("?"),
              rebuildStalledStatus));
    } else {
      b.append(
          f(
              "`POST /api/v1/admin/projections/rebuild`, polled until `%s`: **%.1f s** (server's"
                  + " own figure %s s); the attendance total was %s afterwards.\n",
              rebuildState.path("state").asText(),
              rebuildSeconds,
              rebuildState.path("seconds").asText("?"),
              rebuildSameTotal == null
                  ? "not compared"
                  : rebuildSameTotal ? "unchanged" : "**different**"));
    }

    b.append("\n## Peak memory per process (MiB)\n\n");
    b.append(
        "Sampled every second over the whole run. RSS sum: resident sets of the process and its"
            + " children added up (PostgreSQL's shared buffers then count once per backend, so an"
            + " upper bound); PSS sum: proportional set sizes (shared pages divided among their"
            + " users), what the tree really holds. VmHWM: the kernel's high-water mark of the root"
            + " process alone.\n\n");
    b.append(
        "| process | root pid | processes (peak) | VmHWM (root) | peak RSS sum | peak PSS sum |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    for (MemorySampler.Peak p : memory) {
      b.append(
          f(
              "| %s | %d | %d | %s | %.0f | %.0f |\n",
              p.process(),
              p.rootPid(),
              p.processes(),
              p.hwmKb() < 0 ? "-" : f("%.0f", p.hwmKb() / 1024.0),
              p.rssKb() / 1024.0,
              p.pssKb() / 1024.0));
    }
    return b.toString();
  }

  /** The CPU table of the import and catch-up window: what bounds the import floor. */
  private void cpuSection(StringBuilder b) {
    if (cpu == null) {
      return;
    }
    b.append("\n## CPU while importing and catching up\n\n");
    b.append(
        f(
            "%.1f s of wall time on %d cores offered %.0f CPU seconds; the processes used %.0f"
                + " (%.0f%%): **%.2f ms of CPU per event** (%,d events). User + system time from"
                + " `/proc/PID/stat`, each process with its children.\n\n",
            cpu.wallSeconds(),
            cpu.cores(),
            cpu.cores() * cpu.wallSeconds(),
            cpu.cpuSeconds(),
            100 * cpu.utilisation(),
            cpu.cpuMillisPerEvent(),
            cpu.events()));
    b.append("| process | import (CPU s) | catch-up (CPU s) | total (CPU s) | share |\n");
    b.append("|---|---:|---:|---:|---:|\n");
    double all = cpu.cpuSeconds();
    for (CpuAccount.ProcessUse p : cpu.processes()) {
      b.append(
          f(
              "| %s | %.1f | %.1f | %.1f | %.0f%% |\n",
              p.process(),
              p.importSeconds(),
              p.catchUpSeconds(),
              p.totalSeconds(),
              all <= 0 ? 0 : 100 * p.totalSeconds() / all));
    }
    b.append(
        "\nInside this JVM, by thread (`ThreadMXBean` CPU time over the whole window; numbers in"
            + " thread names read N, so a pool adds up):\n\n");
    b.append("| threads | CPU s | share of all processes |\n|---|---:|---:|\n");
    double shown = 0;
    int listed = 0;
    for (CpuAccount.ThreadUse t : cpu.threads()) {
      if (listed++ < 15) {
        b.append(
            f(
                "| `%s` | %.1f | %.1f%% |\n",
                t.group(), t.seconds(), all <= 0 ? 0 : 100 * t.seconds() / all));
        shown += t.seconds();
      }
    }
    double rest = cpu.threads().stream().mapToDouble(CpuAccount.ThreadUse::seconds).sum() - shown;
    if (rest > 0) {
      b.append(
          f(
              "| %d other groups | %.1f | %.1f%% |\n",
              cpu.threads().size() - 15, rest, all <= 0 ? 0 : 100 * rest / all));
    }
    if (!searchWork.isEmpty()) {
      b.append(
          "\nInside Elasticsearch, by index (its own counters, `GET /_stats`, primaries: time summed"
              + " over its threads, not CPU; docs are Lucene documents at the end, so each nested"
              + " entry (an attendance layer) counts one):\n\n");
      b.append(
          "| index | indexed | index s | realtime gets | get s | refresh s | merge s | docs |"
              + " MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (SearchWork.IndexWork w : searchWork) {
        b.append(
            f(
                "| %s | %,d | %.1f | %,d | %.1f | %.1f | %.1f | %,d | %.0f |\n",
                w.index(),
                w.indexed(),
                w.indexSeconds(),
                w.gets(),
                w.getSeconds(),
                w.refreshSeconds(),
                w.mergeSeconds(),
                w.docs(),
                w.storeMiB()));
      }
    }
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
