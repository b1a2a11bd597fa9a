package org.waymark.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.waymark.infra.demo.DemoSpec;

/**
 * What to run: the workload ({@link DemoSpec}, default {@link DemoSpec#localAuthority()}), how many
 * timed requests per query, and where the files go.
 *
 * @param spec the generated dataset
 * @param requests timed requests per query (after the warm-up)
 * @param warmup untimed requests per query before the timed ones
 * @param sqlRequests timed runs per SQL-peer query
 * @param caseBudgetSeconds a query whose timed requests take longer than this stops early (its
 *     sample count says so), so one slow endpoint cannot hold the run for hours
 * @param rebuildTimeoutSeconds a rebuild not DONE by then is reported as not finished
 * @param workDir scratch directory for the CSV files (created; empty: a temporary directory)
 * @param resultsDir where {@code latest.md} and {@code latest.json} are written
 * @param rebuild whether to measure a full rebuild
 * @param sqlPeer whether to run the SQL peer
 */
public record BenchmarkOptions(
    DemoSpec spec,
    int requests,
    int warmup,
    int sqlRequests,
    int caseBudgetSeconds,
    int rebuildTimeoutSeconds,
    Optional<Path> workDir,
    Path resultsDir,
    boolean rebuild,
    boolean sqlPeer) {

  public static final String USAGE =
      """
      Usage: WaymarkBenchmark [options]
        --learners N          learners (default 25000)
        --providers N         providers, at least 5 (default 40)
        --seed N              generator seed (default 20250901)
        --from DATE --to DATE the period (default 2025-09-01..2026-07-22, one academic year)
        --requests N          timed requests per query, after warm-up (default 30)
        --warmup N            untimed requests per query first (default 3)
        --sql-requests N      timed runs per SQL-peer query (default: --requests)
        --case-budget S       stop a query's timed requests after S seconds (default 120)
        --rebuild-timeout S   give up waiting for the rebuild after S seconds (default 1800)
        --work-dir DIR        where the CSV files are generated (default: a temporary directory)
        --results DIR         where latest.md and latest.json go (default benchmark/results)
        --no-rebuild          skip the full-rebuild measurement
        --no-sql              skip the SQL peer
      """;

  /** Parses {@code args}; unknown options and bad values throw {@link IllegalArgumentException}. */
  public static BenchmarkOptions parse(String[] args) {
    DemoSpec base = DemoSpec.localAuthority();
    long seed = base.seed();
    int learners = base.learners();
    int providers = base.providers();
    LocalDate from = base.from();
    LocalDate to = base.to();
    int requests = 30;
    int warmup = 3;
    Integer sqlRequests = null;
    int budget = 120;
    int rebuildTimeout = 1800;
    Optional<Path> workDir = Optional.empty();
    Path results = defaultResultsDir();
    boolean rebuild = true;
    boolean sql = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--learners" -> learners = positive(a, value(args, ++i, a));
        case "--providers" -> providers = positive(a, value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--from" -> from = LocalDate.parse(value(args, ++i, a));
        case "--to" -> to = LocalDate.parse(value(args, ++i, a));
        case "--requests" -> requests = positive(a, value(args, ++i, a));
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--sql-requests" -> sqlRequests = positive(a, value(args, ++i, a));
        case "--case-budget" -> budget = positive(a, value(args, ++i, a));
        case "--rebuild-timeout" -> rebuildTimeout = positive(a, value(args, ++i, a));
        case "--work-dir" -> workDir = Optional.of(Path.of(value(args, ++i, a)));
        case "--results" -> results = Path.of(value(args, ++i, a));
        case "--no-rebuild" -> rebuild = false;
        case "--no-sql" -> sql = false;
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must not be negative");
    }
    return new BenchmarkOptions(
        new DemoSpec(seed, learners, providers, from, to),
        requests,
        warmup,
        sqlRequests == null ? requests : sqlRequests,
        budget,
        rebuildTimeout,
        workDir,
        results,
        rebuild,
        sql);
  }

  /** {@code benchmark/results} from the repository root, {@code results} from the module. */
  static Path defaultResultsDir() {
    return Files.isDirectory(Path.of("benchmark"))
        ? Path.of("benchmark", "results")
        : Path.of("results");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1, was " + value);
    }
    return n;
  }
}
