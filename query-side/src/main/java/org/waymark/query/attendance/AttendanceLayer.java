package org.waymark.query.attendance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.api.attendance.AttendanceCategory;

/**
 * The mark versions of a month that are in force over the same interval, {@code recordedAt} until
 * {@code supersededAt} (absent while current), counted: what the attendance aggregations add up, a
 * {@code nested} entry of an {@link AttendanceMonthDocument}, derived from its marks ({@link #of}),
 * never written on its own.
 *
 * <p>At any instant {@code t} the marks in force are exactly those of the layers with {@code
 * recordedAt ≤ t < supersededAt} (AttendanceEntry#inForceAt), so counting the layers in force
 * counts the marks in force. A register imported in one go is one layer per month; an amendment
 * adds two small ones (the replaced version until the amendment, the new one from it); a register
 * recorded day by day is a layer per day.
 *
 * <h2>Counting a period inside a layer</h2>
 *
 * A period may begin or end inside a layer's days ({@code first} to {@code last}). So a layer
 * carries, per count, its {@code total} and {@code upTo}: the count on the days of the month up to
 * and including day {@code d}, for each {@code d} from the day of {@code first} to the day before
 * {@code last} (outside that span it is 0 before {@code first} and the total from {@code last} on).
 * The count of a period {@code from..to} is then {@code upTo(to) − upTo(from − 1)}, and over many
 * layers {@code upTo(x)} adds up as the totals of the layers with {@code last ≤ x} plus the {@code
 * upTo} values of day {@code x} of the layers with {@code first ≤ x < last}: two {@code filter}
 * aggregations for each end, each summing the packed counts and {@code marked} (indexed as {@code
 * counts} and {@code countsUpTo}; {@link #countIn} does the same in Java, for tests). A count of 0
 * is not written (a {@code sum} adds nothing for a missing value).
 *
 * <p>Counts: sessions per {@link AttendanceCategory} that is possible, {@code late} (codes {@code
 * L}, {@code U}) and {@code marked} (every session with a mark, possible or not: a learner with no
 * mark in a period is left out, one with only not-possible marks has all-zero counts).
 *
 * @param recordedAt from when these versions are in force
 * @param supersededAt until when (exclusive); null while current
 * @param first the earliest date among them
 * @param last the latest date among them
 * @param total each count over the whole layer
 * @param upTo each count up to and including day {@code d} of the month, keyed by count then
 *     two-digit day ({@code "07"}), for the days from {@code first} to the day before {@code last},
 *     zeros left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceLayer(
    Instant recordedAt,
    Instant supersededAt,
    LocalDate first,
    LocalDate last,
    @JsonIgnore Map<String, Integer> total,
    @JsonIgnore Map<String, Map<String, Integer>> upTo) {

  /** What each layer counts, in this order. */
  public static final List<String> COUNTS =
      List.of("present", "approved", "authorised", "unauthorised", "late", "marked");

  /**
   * The first five counts are written packed into one number, {@value #LANE_BITS} bits each
   * (present lowest), so an aggregation sums them with one {@code sum} instead of five: a learner's
   * bucket then carries a few numbers rather than dozens, which is what made version 4's first form
   * slow to answer (7.6 MB of JSON per page of 9,000 learners). A lane holds up to {@value
   * #LANE_MAX}; a learner has at most two sessions a day, so sums over at most twelve calendar
   * months never reach it ({@code AttendanceReader} splits longer periods), and the packed sums
   * stay below 2<sup>50</sup>, exact in the {@code double} a {@code sum} returns.
   */
  static final int LANE_BITS = 10;

  static final int LANE_MAX = (1 << LANE_BITS) - 1;

  /** The packed lanes, in {@link #COUNTS} order; {@code marked} is written on its own. */
  static final int PACKED = 5;

  private static final int PRESENT = 0;
  private static final int APPROVED = 1;
  private static final int AUTHORISED = 2;
  private static final int UNAUTHORISED = 3;
  private static final int LATE = 4;
  private static final int MARKED = 5;

  private record Interval(Instant recordedAt, Instant supersededAt) {}

  /** The layers of a month's marks, by the order their intervals first appear among the marks. */
  static List<AttendanceLayer> of(List<AttendanceEntry> marks) {
    Map<Interval, List<AttendanceEntry>> byInterval = new LinkedHashMap<>();
    for (AttendanceEntry m : marks) {
      byInterval
          .computeIfAbsent(new Interval(m.recordedAt(), m.supersededAt()), k -> new ArrayList<>())
          .add(m);
    }
    List<AttendanceLayer> out = new ArrayList<>(byInterval.size());
    byInterval.forEach((interval, versions) -> out.add(layer(interval, versions)));
    return out;
  }

  private static AttendanceLayer layer(Interval interval, List<AttendanceEntry> versions) {
    LocalDate first = versions.get(0).date();
    LocalDate last = first;
    int[][] byDay = new int[32][COUNTS.size()];
    for (AttendanceEntry m : versions) {
      if (m.date().isBefore(first)) {
        first = m.date();
      }
      if (m.date().isAfter(last)) {
        last = m.date();
      }
      int[] day = byDay[m.date().getDayOfMonth()];
      day[MARKED]++;
      if (m.late()) {
        day[LATE]++;
      }
      int category = category(m.category());
      if (category >= 0) {
        day[category]++;
      }
    }
    int[] running = new int[COUNTS.size()];
    Map<String, Map<String, Integer>> upTo = new TreeMap<>();
    for (int d = 1; d <= last.getDayOfMonth(); d++) {
      for (int c = 0; c < running.length; c++) {
        running[c] += byDay[d][c];
        if (d >= first.getDayOfMonth() && d < last.getDayOfMonth() && running[c] > 0) {
          upTo.computeIfAbsent(COUNTS.get(c), k -> new TreeMap<>()).put(day(d), running[c]);
        }
      }
    }
    Map<String, Integer> total = new LinkedHashMap<>();
    for (int c = 0; c < running.length; c++) {
      if (running[c] > 0) {
        total.put(COUNTS.get(c), running[c]);
      }
    }
    return new AttendanceLayer(
        interval.recordedAt(), interval.supersededAt(), first, last, total, upTo);
  }

  /**
   * What is indexed for {@link #total}, as {@code counts}: {@code packed} (the first five counts,
   * see {@link #LANE_BITS}) and {@code marked}, each left out when 0.
   */
  @JsonProperty("counts")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Long> indexedTotal() {
    Map<String, Long> out = new LinkedHashMap<>();
    long packed = pack(total::get);
    if (packed != 0) {
      out.put("packed", packed);
    }
    Integer marked = total.get("marked");
    if (marked != null && marked != 0) {
      out.put("marked", (long) marked);
    }
    return out;
  }

  /** What is indexed for {@link #upTo}, as {@code countsUpTo}: per day, packed and marked. */
  @JsonProperty("countsUpTo")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Map<String, Long>> indexedUpTo() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    TreeMap<String, Long> counts = new TreeMap<>();
    TreeMap<String, Long> marked = new TreeMap<>();
    java.util.Set<String> days = new java.util.TreeSet<>();
    upTo.values().forEach(byDay -> days.addAll(byDay.keySet()));
    for (String d : days) {
      long packed = pack(c -> upTo.getOrDefault(c, Map.of()).get(d));
      if (packed != 0) {
        counts.put(d, packed);
      }
      Integer m = upTo.getOrDefault("marked", Map.of()).get(d);
      if (m != null && m != 0) {
        marked.put(d, (long) m);
      }
    }
    if (!counts.isEmpty()) {
      out.put("packed", counts);
    }
    if (!marked.isEmpty()) {
      out.put("marked", marked);
    }
    return out;
  }

  /** The first {@link #PACKED} counts, as {@code value} gives them (null: 0), in one number. */
  static long pack(java.util.function.Function<String, Integer> value) {
    long packed = 0;
    for (int c = PACKED - 1; c >= 0; c--) {
      Integer v = value.apply(COUNTS.get(c));
      int n = v == null ? 0 : v;
      if (n < 0 || n > LANE_MAX) {
        throw new IllegalArgumentException(COUNTS.get(c) + " " + n + " does not fit a lane");
      }
      packed = (packed << LANE_BITS) | n;
    }
    return packed;
  }

  /** Lane {@code c} ({@link #COUNTS} order, below {@link #PACKED}) of a packed sum. */
  static int lane(long packed, int c) {
    return (int) ((packed >>> (c * LANE_BITS)) & LANE_MAX);
  }

  private static int category(AttendanceCategory c) {
    return switch (c) {
      case PRESENT -> PRESENT;
      case APPROVED_ACTIVITY -> APPROVED;
      case AUTHORISED_ABSENCE -> AUTHORISED;
      case UNAUTHORISED_ABSENCE -> UNAUTHORISED;
      case NOT_POSSIBLE -> -1;
    };
  }

  /** The two-digit key of day {@code d} of the month in {@link #upTo}. */
  public static String day(int d) {
    return d < 10 ? "0" + d : Integer.toString(d);
  }

  /** Whether this layer's versions were the ones in force at {@code asAt} ({@code null}: now). */
  public boolean inForceAt(Instant asAt) {
    if (asAt == null) {
      return supersededAt == null;
    }
    return !recordedAt.isAfter(asAt) && (supersededAt == null || supersededAt.isAfter(asAt));
  }

  /**
   * Count {@code c} of this layer on the days up to and including {@code x}: 0 before {@code
   * first}, the total from {@code last}, otherwise the {@link #upTo} value of {@code x}'s day.
   */
  int upTo(String c, LocalDate x) {
    if (x.isBefore(first)) {
      return 0;
    }
    if (!x.isBefore(last)) {
      return Objects.requireNonNullElse(total.get(c), 0);
    }
    Map<String, Integer> days = upTo.get(c);
    return days == null ? 0 : Objects.requireNonNullElse(days.get(day(x.getDayOfMonth())), 0);
  }

  /**
   * The counts of the marks dated {@code from}..{@code to} in force at {@code asAt}, from the
   * layers alone, the way the aggregations compute them; {@code null} when no mark is in the
   * period.
   */
  static AttendanceCounts countIn(
      List<AttendanceLayer> layers, LocalDate from, LocalDate to, Instant asAt) {
    int[] sums = new int[COUNTS.size()];
    LocalDate before = from.minusDays(1);
    for (AttendanceLayer l : layers) {
      if (!l.inForceAt(asAt)) {
        continue;
      }
      for (int c = 0; c < sums.length; c++) {
        sums[c] += l.upTo(COUNTS.get(c), to) - l.upTo(COUNTS.get(c), before);
      }
    }
    if (sums[MARKED] == 0) {
      return null;
    }
    return new AttendanceCounts(
        sums[PRESENT], sums[APPROVED], sums[AUTHORISED], sums[UNAUTHORISED], sums[LATE]);
  }
}
