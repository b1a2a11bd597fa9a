package org.waymark.command.behaviour;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.behaviour.RecordRewardCommand;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.behaviour.RewardKind;

class RewardTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate ON = LocalDate.of(2026, 11, 7);

  FixtureConfiguration<Reward> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Reward.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static RecordRewardCommand reward(LocalDate on, RewardKind kind, Integer points) {
    return new RecordRewardCommand(
        "RW-1", "L-1", on, kind, points, "J. Smith", true, "Full attendance");
  }

  static RewardGivenEvent given(RewardKind kind, Integer points) {
    return new RewardGivenEvent(
        "RW-1", "L-1", ON, kind, points, "J. Smith", true, "Full attendance");
  }

  @Nested
  class RecordReward {
    @Test
    void recordsPoints() {
      fixture
          .givenNoPriorActivity()
          .when(reward(ON, RewardKind.POINTS, 10))
          .expectEvents(given(RewardKind.POINTS, 10));
    }

    @Test
    void recordsACertificateWithoutPoints() {
      fixture
          .givenNoPriorActivity()
          .when(reward(ON, RewardKind.CERTIFICATE, null))
          .expectEvents(given(RewardKind.CERTIFICATE, null));
    }

    @Test
    void recordsNothingWhenTheSameRewardIsSentAgain() {
      fixture
          .given(given(RewardKind.POINTS, 10))
          .when(reward(ON, RewardKind.POINTS, 10))
          .expectNoEvents();
    }

    @Test
    void rejectsOtherDetailsUnderAnIdAlreadyRecorded() {
      fixture
          .given(given(RewardKind.POINTS, 10))
          .when(reward(ON, RewardKind.POINTS, 20))
          .expectNoEvents()
          .expectException(BehaviourConflictException.class);
    }

    @Test
    void rejectsARewardDatedInTheFuture() {
      fixture
          .givenNoPriorActivity()
          .when(reward(LocalDate.of(2026, 11, 24), RewardKind.PRAISE, null))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
    }

    @Test
    void rejectsPointsRewardWithoutPositivePoints() {
      fixture
          .givenNoPriorActivity()
          .when(reward(ON, RewardKind.POINTS, 0))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
      fixture
          .givenNoPriorActivity()
          .when(reward(ON, RewardKind.POINTS, null))
          .expectException(BehaviourRejectedException.class);
    }

    @Test
    void rejectsPointsOnARewardThatIsNotPoints() {
      fixture
          .givenNoPriorActivity()
          .when(reward(ON, RewardKind.VOUCHER, 5))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
    }
  }
}
