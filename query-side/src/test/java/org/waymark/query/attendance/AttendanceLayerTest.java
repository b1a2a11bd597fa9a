package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.query.attendance.AttendanceMonthsTest.event;
import static org.waymark.query.attendance.AttendanceMonthsTest.mark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.Session;

class AttendanceLayerTest {
  static final Instant T1 = Instant.parse("2025-10-01T08:00:00Z");
  static final Instant T2 = Instant.parse("2025-10-05T08:00:00Z");
  static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);
  static final LocalDate OCT_2 = LocalDate.of(2025, 10, 2);
  static final LocalDate OCT_3 = LocalDate.of(2025, 10, 3);

  static AttendanceMonthDocument recorded(List<AttendanceMark> marks, Instant at) {
    return AttendanceMonths.record(Optional.empty(), "L-1", marks, event(1, at));
  }

  /** 1 Oct: L and N; 2 Oct: / and #; 3 Oct: / and /, all recorded at T1. */
  static AttendanceMonthDocument threeDays() {
    return recorded(
        List.of(
            mark(OCT_1, Session.AM, "L"),
            mark(OCT_1, Session.PM, "N"),
            mark(OCT_2, Session.AM, "/"),
            mark(OCT_2, Session.PM, "#"),
            mark(OCT_3, Session.AM, "/"),
            mark(OCT_3, Session.PM, "/")),
        T1);
  }

  /** {@link #threeDays}, then 1 Oct PM amended to I at T2. */
  static AttendanceMonthDocument threeDaysAmendedAtT2() {
    AttendanceMonthDocument doc = threeDays();
    return AttendanceMonths.amend(
        Optional.of(doc),
        new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.PM, "N", "I", null),
        event(2, T2));
  }

  @Test
  void aRegisterRecordedInOneGoIsOneLayerWithItsTotalsAndRunningCounts() {
    AttendanceMonthDocument doc = threeDays();

    assertThat(doc.layers())
        .containsExactly(
            new AttendanceLayer(
                T1,
                null,
                OCT_1,
                OCT_3,
                Map.of("present", 4, "unauthorised", 1, "late", 1, "marked", 6),
                Map.of(
                    "present", Map.of("01", 1, "02", 2),
                    "unauthorised", Map.of("01", 1, "02", 1),
                    "late", Map.of("01", 1, "02", 1),
                    "marked", Map.of("01", 2, "02", 4))));
  }

  @Test
  void anAmendmentAddsTheReplacedVersionUntilItAndTheNewOneFromIt() {
    List<AttendanceLayer> layers = threeDaysAmendedAtT2().layers();

    assertThat(layers).hasSize(3);
    assertThat(layers.get(0).recordedAt()).isEqualTo(T1);
    assertThat(layers.get(0).supersededAt()).isNull();
    assertThat(layers.get(0).total()).isEqualTo(Map.of("present", 4, "late", 1, "marked", 5));
    assertThat(layers.get(1))
        .isEqualTo(
            new AttendanceLayer(
                T1, T2, OCT_1, OCT_1, Map.of("unauthorised", 1, "marked", 1), Map.of()));
    assertThat(layers.get(2))
        .isEqualTo(
            new AttendanceLayer(
                T2, null, OCT_1, OCT_1, Map.of("authorised", 1, "marked", 1), Map.of()));
    assertThat(AttendanceLayer.countIn(layers, OCT_1, OCT_1, null))
        .isEqualTo(new AttendanceCounts(1, 0, 1, 0, 1));
    assertThat(AttendanceLayer.countIn(layers, OCT_1, OCT_1, T2.minusSeconds(1)))
        .isEqualTo(new AttendanceCounts(1, 0, 0, 1, 1));
    assertThat(AttendanceLayer.countIn(layers, OCT_1, OCT_1, T1.minusSeconds(1)))
        .as("before anything was recorded")
        .isNull();
    assertThat(AttendanceLayer.countIn(layers, OCT_2, OCT_2, null))
        .as("a day with a not-possible session only: marked, counted as nothing")
        .isEqualTo(new AttendanceCounts(1, 0, 0, 0, 0));
  }

  @Test
  void theLayersAreWrittenForIndexingWithoutZerosAndDerivedAgainWhenRead() throws Exception {
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    AttendanceMonthDocument doc = threeDaysAmendedAtT2();

    String written = json.writeValueAsString(doc);
    AttendanceMonthDocument read = json.readValue(written, AttendanceMonthDocument.class);

    JsonNode layers = json.readTree(written).get("layers");
    assertThat(layers).hasSize(3);
    assertThat(layers.get(0).has("total") || layers.get(0).has("upTo"))
        .as("the counts are written packed, not one field each")
        .isFalse();
    long upToTheSecond = layers.get(0).get("countsUpTo").get("packed").get("02").asLong();
    assertThat(AttendanceLayer.lane(upToTheSecond, 0)).as("present by 2 Oct").isEqualTo(2);
    assertThat(AttendanceLayer.lane(upToTheSecond, 3)).as("unauthorised: amended away").isZero();
    assertThat(AttendanceLayer.lane(upToTheSecond, 4)).as("late by 2 Oct").isEqualTo(1);
    assertThat(layers.get(0).get("countsUpTo").get("marked").get("02").asInt()).isEqualTo(3);
    long total = layers.get(0).get("counts").get("packed").asLong();
    assertThat(AttendanceLayer.lane(total, 0)).isEqualTo(4);
    assertThat(AttendanceLayer.lane(total, 2)).as("authorised").isZero();
    assertThat(AttendanceLayer.lane(total, 4)).as("late").isEqualTo(1);
    assertThat(layers.get(0).get("counts").get("marked").asInt()).isEqualTo(5);
    assertThat(layers.get(2).has("countsUpTo")).as("one day: nothing to run up").isFalse();
    assertThat(layers.get(2).has("supersededAt")).as("null: not written").isFalse();
    assertThat(layers.get(1).get("supersededAt").asText()).isEqualTo(T2.toString());
    JsonNode marks = json.readTree(written).get("marks");
    assertThat(marks.get(0).has("reason") || marks.get(0).has("minutesLate"))
        .as("a mark's null components are not written")
        .isFalse();
    assertThat(marks.get(0).has("superseded")).as("current: no superseding recording").isFalse();
    assertThat(marks.get(1).get("superseded").asInt())
        .as("the afternoon's first version names the recording of the amendment")
        .isEqualTo(1);
    assertThat(json.readTree(written).get("recordings"))
        .as("one entry per event: the register and the amendment")
        .hasSize(2);
    assertThat(read).isEqualTo(doc);
    assertThat(read.layers()).isEqualTo(doc.layers());
  }

  @Test
  void packedCountsKeepEachCountInItsLaneUpToTheLargestSum() {
    Map<String, Integer> counts =
        Map.of("present", 732, "approved", 1, "authorised", 0, "unauthorised", 1023, "late", 5);
    long packed = AttendanceLayer.pack(counts::get);

    assertThat(AttendanceLayer.lane(packed, 0)).isEqualTo(732);
    assertThat(AttendanceLayer.lane(packed, 1)).isEqualTo(1);
    assertThat(AttendanceLayer.lane(packed, 2)).isZero();
    assertThat(AttendanceLayer.lane(packed, 3)).isEqualTo(1023);
    assertThat(AttendanceLayer.lane(packed, 4)).isEqualTo(5);
    assertThat((double) packed).as("exact in a double").isEqualTo(packed + 0.0);
    assertThat((long) (double) AttendanceLayer.pack(c -> AttendanceLayer.LANE_MAX))
        .isEqualTo(AttendanceLayer.pack(c -> AttendanceLayer.LANE_MAX));
    assertThat(AttendanceLayer.pack(c -> AttendanceLayer.LANE_MAX)).isLessThan(1L << 53);
    // Sums of packed layers are the packed sums while no lane passes its maximum.
    long a = AttendanceLayer.pack(Map.of("present", 300, "late", 2)::get);
    long b = AttendanceLayer.pack(Map.of("present", 400, "unauthorised", 9, "late", 1)::get);
    assertThat(AttendanceLayer.lane(a + b, 0)).isEqualTo(700);
    assertThat(AttendanceLayer.lane(a + b, 3)).isEqualTo(9);
    assertThat(AttendanceLayer.lane(a + b, 4)).isEqualTo(3);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AttendanceLayer.pack(Map.of("present", 1024)::get))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The property the aggregations rely on: for every period inside or across the month, at every
   * instant (and now), the layers in force count exactly what the marks in force dated in the
   * period count, per category, late and marked, over random histories of registers and amendments
   * made by the projector's own rules.
   */
  @Test
  void forEveryPeriodAndInstantTheLayersCountWhatTheMarksCount() {
    String[] codes = {"/", "\\", "L", "N", "I", "U", "B", "#", "O", "M"};
    Random random = new Random(20251001);
    for (int history = 0; history < 300; history++) {
      Instant at = T1;
      List<AttendanceMark> first = new ArrayList<>();
      for (int d = 0; d < 8; d++) {
        LocalDate date = OCT_1.plusDays(random.nextInt(31));
        for (Session s : Session.values()) {
          if (random.nextInt(10) > 0) {
            first.add(mark(date, s, codes[random.nextInt(codes.length)]));
          }
        }
      }
      if (first.isEmpty()) {
        continue;
      }
      AttendanceMonthDocument doc = recorded(first, at);
      for (int change = 0; change < random.nextInt(8); change++) {
        at = at.plusSeconds(1 + random.nextInt(3) * 3600L);
        LocalDate date = OCT_1.plusDays(random.nextInt(31));
        Session s = Session.values()[random.nextInt(2)];
        String code = codes[random.nextInt(codes.length)];
        AttendanceMonthDocument next =
            random.nextBoolean()
                ? AttendanceMonths.amend(
                    Optional.of(doc),
                    new AttendanceMarkAmendedEvent("L-1", date, s, "?", code, null),
                    event(change + 2, at))
                : AttendanceMonths.record(
                    Optional.of(doc), "L-1", List.of(mark(date, s, code)), event(change + 2, at));
        doc = next == null ? doc : next;
      }
      TreeSet<Instant> instants = new TreeSet<>();
      for (AttendanceEntry m : doc.marks()) {
        instants.add(m.recordedAt());
        instants.add(m.recordedAt().minusMillis(1));
        instants.add(m.recordedAt().plusMillis(1));
      }
      List<Instant> asAts = new ArrayList<>(instants);
      asAts.add(null);
      List<AttendanceLayer> layers = doc.layers();
      for (int period = 0; period < 20; period++) {
        LocalDate from = OCT_1.plusDays(random.nextInt(40) - 5);
        LocalDate to = from.plusDays(random.nextInt(35));
        for (Instant t : asAts) {
          assertThat(AttendanceLayer.countIn(layers, from, to, t))
              .as("history %d, %s..%s at %s", history, from, to, t)
              .isEqualTo(fromMarks(doc, from, to, t));
        }
      }
    }
  }

  private static AttendanceCounts fromMarks(
      AttendanceMonthDocument doc, LocalDate from, LocalDate to, Instant t) {
    int[] c = new int[5];
    int marked = 0;
    for (AttendanceEntry m : doc.marks()) {
      if (!m.inForceAt(t) || m.date().isBefore(from) || m.date().isAfter(to)) {
        continue;
      }
      marked++;
      if (m.category() != AttendanceCategory.NOT_POSSIBLE) {
        c[m.category().ordinal()]++;
      }
      if (m.late()) {
        c[4]++;
      }
    }
    return marked == 0 ? null : new AttendanceCounts(c[0], c[1], c[2], c[3], c[4]);
  }
}
