package org.waymark.command.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.Session;

class SlotCodesTest {
  private static final List<String> KNOWN =
      java.util.Arrays.stream(AttendanceCode.values()).map(AttendanceCode::code).toList();

  @Test
  void answersWhatAMapOfEveryPutAnswers() {
    Random random = new Random(20251124);
    for (int register = 0; register < 200; register++) {
      SlotCodes codes = new SlotCodes();
      Map<Integer, String> expected = new HashMap<>();
      int origin = AttendanceRegister.slot(LocalDate.of(2025, 9, 1), Session.AM);
      for (int i = 0; i < 600; i++) {
        int slot =
            switch (random.nextInt(10)) {
              case 0 -> origin - random.nextInt(3_000); // earlier years, growing downwards
              case 1 -> origin + random.nextInt(SlotCodes.MAX_SPAN * 2); // far ahead: the map
              default -> origin + random.nextInt(800); // this year
            };
        String code =
            random.nextInt(50) == 0
                ? "ZZ" + random.nextInt(3)
                : KNOWN.get(random.nextInt(KNOWN.size()));
        codes.put(slot, code);
        expected.put(slot, code);
      }
      for (Map.Entry<Integer, String> e : expected.entrySet()) {
        assertThat(codes.get(e.getKey())).as("slot %d", e.getKey()).isEqualTo(e.getValue());
      }
      for (int probe = 0; probe < 2_000; probe++) {
        int slot = origin - 4_000 + random.nextInt(SlotCodes.MAX_SPAN * 3);
        assertThat(codes.get(slot)).as("slot %d", slot).isEqualTo(expected.get(slot));
      }
      assertThat(codes.size()).isEqualTo(expected.size());
    }
  }

  @Test
  void aCodeMovedFromTheMapToTheArrayIsNotAnsweredTwice() {
    SlotCodes codes = new SlotCodes();
    codes.put(1_000, "/");
    codes.put(1_001, "withdrawn");
    codes.put(1_001, "N");
    assertThat(codes.get(1_001)).isEqualTo("N");
    codes.put(1_001, "withdrawn");
    assertThat(codes.get(1_001)).isEqualTo("withdrawn");
    assertThat(codes.size()).isEqualTo(2);
  }

  @Test
  void aYearOfMarksAnswersEverySessionAndNothingBeyond() {
    SlotCodes codes = new SlotCodes();
    LocalDate day = LocalDate.of(2025, 9, 1);
    for (int d = 0; d < 365; d++) {
      for (Session s : Session.values()) {
        codes.put(AttendanceRegister.slot(day.plusDays(d), s), "/");
      }
    }
    assertThat(codes.size()).isEqualTo(730);
    assertThat(codes.get(AttendanceRegister.slot(day.plusDays(400), Session.AM))).isNull();
  }
}
