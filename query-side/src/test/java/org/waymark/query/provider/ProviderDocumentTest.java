package org.waymark.query.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.query.provider.ProviderDocument.ProviderRecord;
import org.waymark.query.provider.ProviderDocument.RegistrationEntry;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;

/** CONTRACT.md "QA": the registration in effect on {@code at} as recorded at {@code asAt}. */
class ProviderDocumentTest {
  static final Instant T1 = Instant.parse("2025-09-01T08:00:00Z");
  static final Instant T2 = Instant.parse("2025-10-01T08:00:00Z");
  static final Instant T3 = Instant.parse("2025-11-01T08:00:00Z");
  static final LocalDate FEB = LocalDate.of(2026, 2, 1);

  static RegistrationEntry entry(Instant at, long position, LocalDate effectiveOn, boolean reg) {
    return new RegistrationEntry(at, position, "u", effectiveOn, reg);
  }

  static ProviderDocument provider(List<RegistrationEntry> registrations) {
    return new ProviderDocument(
        "P",
        "Alpha",
        "ALTERNATIVE_PROVISION",
        ProviderDocument.latestStatus(registrations),
        null,
        null,
        null,
        T1,
        registrations.get(registrations.size() - 1).position(),
        History.append(
            List.of(),
            new ProviderRecord("Alpha", "ALTERNATIVE_PROVISION", null),
            new EventContext(1, T1, "u", "api", null, "ProviderRegisteredEvent")),
        registrations,
        List.of());
  }

  @Test
  void aDatedChangeHoldsFromItsDateOnceRecorded() {
    ProviderDocument p = provider(List.of(entry(T1, 1, null, false), entry(T2, 2, FEB, true)));

    assertThat(p.registeredAt(null, FEB.minusDays(1))).contains(false);
    assertThat(p.registeredAt(null, FEB)).contains(true);
    assertThat(p.registeredAt(T2.minusSeconds(1), FEB.plusDays(9)))
        .as("before the change was recorded it was not registered on any date")
        .contains(false);
    assertThat(p.registered()).isTrue();
  }

  @Test
  void aCorrectionReplacesTheWholeTimelineRecordedBeforeIt() {
    ProviderDocument p =
        provider(
            List.of(entry(T1, 1, null, false), entry(T2, 2, FEB, true), entry(T3, 3, null, false)));

    assertThat(p.registeredAt(null, FEB.plusDays(9))).contains(false);
    assertThat(p.registeredAt(T3.minusSeconds(1), FEB.plusDays(9))).contains(true);
    assertThat(p.registered()).isFalse();
  }

  @Test
  void isUnknownBeforeItWasRecorded() {
    ProviderDocument p = provider(List.of(entry(T1, 1, null, true)));

    assertThat(p.registeredAt(T1.minusSeconds(1), FEB)).isEmpty();
    assertThat(p.existsAt(T1.minusSeconds(1))).isFalse();
    assertThat(p.existsAt(T1)).isTrue();
  }
}
