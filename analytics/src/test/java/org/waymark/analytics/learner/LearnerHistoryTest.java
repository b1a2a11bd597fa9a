package org.waymark.analytics.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.analytics.Learners.learner;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.query.Characteristic;

/**
 * CONTRACT.md "Scope and group membership": a learner's characteristics are those recorded with
 * effect on or before {@code to}; the latest wins.
 */
class LearnerHistoryTest {

  private final LearnerHistory history =
      new LearnerHistory(
          learner("a").build(),
          List.of(
              new CharacteristicChange(LocalDate.of(2025, 3, 1), Characteristic.SEND, "E"),
              new CharacteristicChange(LocalDate.of(2025, 1, 10), Characteristic.SEND, "K"),
              new CharacteristicChange(
                  LocalDate.of(2025, 1, 10), Characteristic.DISADVANTAGED, "Y"),
              new CharacteristicChange(LocalDate.of(2025, 2, 1), Characteristic.PROVIDER, "P2")));

  @Test
  void usesTheCharacteristicsInEffectOnTheDate() {
    assertThat(history.asOf(LocalDate.of(2025, 1, 9)).send()).isEqualTo(SendStatus.N);
    assertThat(history.asOf(LocalDate.of(2025, 1, 10)).send()).isEqualTo(SendStatus.K);
    assertThat(history.asOf(LocalDate.of(2025, 1, 10)).disadvantaged()).isTrue();
    assertThat(history.asOf(LocalDate.of(2025, 2, 28)).providerId()).isEqualTo("P2");
    assertThat(history.asOf(LocalDate.of(2025, 3, 1)).send()).isEqualTo(SendStatus.E);
  }

  @Test
  void appliesChangesEffectiveOnTheSameDayInTheOrderRecorded() {
    LearnerHistory h =
        new LearnerHistory(
            learner("a").build(),
            List.of(
                new CharacteristicChange(LocalDate.of(2025, 1, 10), Characteristic.EAL, "Y"),
                new CharacteristicChange(LocalDate.of(2025, 1, 10), Characteristic.EAL, "N")));

    assertThat(h.asOf(LocalDate.of(2025, 1, 10)).eal()).isFalse();
  }

  @Test
  void rejectsAChangeWithAnInvalidCodeNamingIt() {
    LearnerHistory h =
        new LearnerHistory(
            learner("a").build(),
            List.of(
                new CharacteristicChange(
                    LocalDate.of(2025, 1, 10), Characteristic.LOOKED_AFTER, "yes")));

    assertThatThrownBy(() -> h.asOf(LocalDate.of(2025, 2, 1)))
        .hasMessageContaining("lookedAfter")
        .hasMessageContaining("'yes'");
  }
}
