package org.waymark.command.attendance;

import java.util.HashMap;
import java.util.Map;
import org.waymark.api.attendance.AttendanceCode;

/**
 * A register's code per session slot ({@link AttendanceRegister#slot}), one byte a slot: a year of
 * marks is about 730 bytes instead of a map of 380 boxed keys and strings (about 35 KB), so that
 * every learner's register can stay in the {@linkplain
 * org.waymark.command.cache.AggregateCaches#REGISTERS cache} at once.
 *
 * <p>The slots held run from the first to the last slot marked. A code the DfE list does not have
 * (an event recorded before a code was withdrawn), or a slot more than {@value #MAX_SPAN} slots
 * from the others, is kept in a map instead: never lost, only less compact.
 */
final class SlotCodes {
  /** At most 20 years of two sessions a day in the array; anything further goes in the map. */
  static final int MAX_SPAN = 20 * 366 * 2;

  private static final AttendanceCode[] CODES = AttendanceCode.values();
  private static final Map<String, Byte> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < CODES.length; i++) {
      INDEX.put(CODES[i].code(), (byte) (i + 1));
    }
  }

  /** Slot of {@code codes[0]}. */
  private int base;

  /** 0: no mark; otherwise 1 + the ordinal of the code. */
  private byte[] codes = new byte[0];

  /** Codes the array cannot hold; null until one appears. */
  private Map<Integer, String> other;

  /** The code marked for {@code slot}, or null. */
  String get(int slot) {
    int i = slot - base;
    if (i >= 0 && i < codes.length && codes[i] != 0) {
      return CODES[codes[i] - 1].code();
    }
    return other == null ? null : other.get(slot);
  }

  void put(int slot, String code) {
    Byte b = INDEX.get(code);
    if (b != null && fits(slot)) {
      if (other != null) {
        other.remove(slot);
      }
      codes[slot - base] = b;
      return;
    }
    if (other == null) {
      other = new HashMap<>();
    }
    clearInArray(slot);
    other.put(slot, code);
  }

  /** How many slots are marked (tests). */
  int size() {
    int n = other == null ? 0 : other.size();
    for (byte c : codes) {
      n += c != 0 ? 1 : 0;
    }
    return n;
  }

  private void clearInArray(int slot) {
    int i = slot - base;
    if (i >= 0 && i < codes.length) {
      codes[i] = 0;
    }
  }

  /** Whether {@code slot} is in the array, grown to cover it when that stays within the span. */
  private boolean fits(int slot) {
    if (codes.length == 0) {
      base = slot;
      codes = new byte[64];
      return true;
    }
    int i = slot - base;
    if (i >= 0 && i < codes.length) {
      return true;
    }
    int from = Math.min(base, slot);
    int to = Math.max(base + codes.length, slot + 1);
    if ((long) to - from > MAX_SPAN) {
      return false;
    }
    // Grow by at least half again, on the side that needs it, so a register marked day by day
    // copies its array a few times a year, not once a mark.
    byte[] next =
        new byte[Math.min(Math.max(to - from, codes.length + codes.length / 2), MAX_SPAN)];
    int newBase = slot < base ? to - next.length : from;
    System.arraycopy(codes, 0, next, base - newBase, codes.length);
    base = newBase;
    codes = next;
    return true;
  }

  @Override
  public String toString() {
    return "SlotCodes[" + size() + " marked]";
  }
}
