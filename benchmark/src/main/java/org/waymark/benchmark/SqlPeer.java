package org.waymark.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The peer a user would otherwise reach for: the same {@code learners.csv} and {@code
 * attendance.csv} (with the register amendments applied, as the import applies them) in plain
 * PostgreSQL tables, and the attendance breakdowns as one {@code GROUP BY} query each, by the
 * CONTRACT.md definitions. No indexes: every breakdown reads the whole period, as the API's does.
 */
final class SqlPeer implements AutoCloseable {

  /** Each {@code by} of the API → the SQL expression of its group key over {@code l}. */
  static final Map<String, String> GROUP_KEYS = groupKeys();

  /** Present {@code / \ L}; approved activity {@code K V P W B}. */
  static final String PRESENT = "'/', '\\', 'L'";

  static final String APPROVED = "'K', 'V', 'P', 'W', 'B'";
  static final String AUTHORISED = "'C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T'";
  static final String UNAUTHORISED = "'G', 'N', 'O', 'U'";
  static final String LATE = "'L', 'U'";

  private final Connection db;

  SqlPeer(String jdbcUrl, String user, String password) throws SQLException {
    this.db = DriverManager.getConnection(jdbcUrl, user, password);
    this.db.setAutoCommit(true);
  }

  /** What loading took, in seconds per step. */
  record LoadTimes(
      double learners, double marks, double amendments, double analyse, long marksRows) {
    double total() {
      return learners + marks + amendments + analyse;
    }
  }

  /** Creates the tables and loads the files by {@code COPY … FROM STDIN}. */
  LoadTimes load(Path learners, Path attendance, Path amendments) throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS marks, mark_amendments, learners");
      s.execute(
          "CREATE TABLE learners (learner_id text PRIMARY KEY, provider_id text, given_name text,"
              + " family_name text, date_of_birth date, sex text, ethnicity text, send text,"
              + " disadvantaged text, looked_after text, eal text, year_group text,"
              + " enrolled_on date)");
      String marks =
          " (learner_id text, date date, session text, code text, minutes_late int, reason text)";
      s.execute("CREATE TABLE marks" + marks);
      s.execute("CREATE TABLE mark_amendments" + marks);
    }
    long t0 = System.nanoTime();
    copy("learners", learners);
    long t1 = System.nanoTime();
    long rows = copy("marks", attendance);
    long t2 = System.nanoTime();
    copy("mark_amendments", amendments);
    try (Statement s = db.createStatement()) {
      // An amended mark replaces the recorded one (same natural key), as in the event store.
      s.executeUpdate(
          "UPDATE marks m SET code = a.code, minutes_late = a.minutes_late, reason = a.reason"
              + " FROM mark_amendments a WHERE m.learner_id = a.learner_id AND m.date = a.date"
              + " AND m.session = a.session");
    }
    long t3 = System.nanoTime();
    try (Statement s = db.createStatement()) {
      s.execute("VACUUM ANALYZE marks");
      s.execute("VACUUM ANALYZE learners");
    }
    long t4 = System.nanoTime();
    return new LoadTimes((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, rows);
  }

  private long copy(String table, Path csv) throws SQLException, IOException {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
    }
  }

  /** The SQL of the breakdown {@code by} ({@code null}: the total only). */
  static String breakdownSql(String by) {
    String key = by == null ? "'total'" : GROUP_KEYS.get(by);
    if (key == null) {
      throw new IllegalArgumentException("no SQL group key for by=" + by);
    }
    return """
        WITH per_learner AS (
          SELECT learner_id,
                 count(*) FILTER (WHERE code IN (%s)) AS present,
                 count(*) FILTER (WHERE code IN (%s)) AS approved,
                 count(*) FILTER (WHERE code IN (%s)) AS authorised,
                 count(*) FILTER (WHERE code IN (%s)) AS unauthorised,
                 count(*) FILTER (WHERE code IN (%s)) AS late
            FROM marks
           WHERE date BETWEEN ? AND ?
           GROUP BY learner_id),
        p AS (
          SELECT learner_id, present, approved, authorised, unauthorised, late,
                 present + approved + authorised + unauthorised AS possible,
                 authorised + unauthorised AS absence
            FROM per_learner)
        SELECT %s AS grp,
               count(*) FILTER (WHERE possible > 0) AS learners,
               sum(possible) AS possible, sum(present) AS present, sum(approved) AS approved,
               sum(authorised) AS authorised, sum(unauthorised) AS unauthorised,
               count(*) FILTER (WHERE possible > 0 AND 10 * absence >= possible) AS persistent,
               count(*) FILTER (WHERE possible > 0 AND 2 * absence >= possible) AS severe,
               sum(late) AS late,
               100.0 * sum(absence) / nullif(sum(possible), 0) AS absence_rate,
               100.0 * count(*) FILTER (WHERE possible > 0 AND 10 * absence >= possible)
                 / nullif(count(*) FILTER (WHERE possible > 0), 0) AS persistent_rate
          FROM p JOIN learners l USING (learner_id)
         GROUP BY 1
         ORDER BY 1
        """
        .formatted(PRESENT, APPROVED, AUTHORISED, UNAUTHORISED, LATE, key);
  }

  /** Runs the breakdown {@code by} over {@code from..to}. */
  List<AttendanceRow> breakdown(String by, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(breakdownSql(by))) {
      ps.setDate(1, Date.valueOf(from));
      ps.setDate(2, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        return rows(rs);
      }
    }
  }

  /** The rows of a breakdown's result set, in its column order. */
  static List<AttendanceRow> rows(ResultSet rs) throws SQLException {
    List<AttendanceRow> out = new ArrayList<>();
    while (rs.next()) {
      out.add(
          new AttendanceRow(
              rs.getString("grp"),
              rs.getLong("learners"),
              rs.getLong("possible"),
              rs.getLong("present"),
              rs.getLong("approved"),
              rs.getLong("authorised"),
              rs.getLong("unauthorised"),
              rs.getLong("persistent"),
              rs.getLong("severe"),
              rs.getLong("late"),
              nullableDouble(rs, "absence_rate"),
              nullableDouble(rs, "persistent_rate")));
    }
    return out;
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Map<String, String> groupKeys() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sex", "l.sex");
    m.put(
        "ethnicity",
        "CASE WHEN l.ethnicity = 'CHNE' THEN 'Chinese' WHEN l.ethnicity = 'OOTH' THEN 'Other'"
            + " WHEN l.ethnicity IN ('REFU', 'NOBT') THEN 'Unclassified'"
            + " WHEN l.ethnicity LIKE 'W%' THEN 'White' WHEN l.ethnicity LIKE 'M%' THEN 'Mixed'"
            + " WHEN l.ethnicity LIKE 'A%' THEN 'Asian' WHEN l.ethnicity LIKE 'B%' THEN 'Black'"
            + " END");
    m.put("send", "l.send");
    m.put("disadvantaged", "l.disadvantaged");
    m.put("lookedAfter", "l.looked_after");
    m.put("eal", "l.eal");
    m.put("provider", "l.provider_id");
    m.put("yearGroup", "coalesce(l.year_group, 'Not recorded')");
    return Map.copyOf(m);
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
