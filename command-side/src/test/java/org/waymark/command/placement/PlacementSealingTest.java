package org.waymark.command.placement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.placement.EndPlacementCommand;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.PersonalData;

/** Nothing more is recorded about an erased learner's placement. */
class PlacementSealingTest {
  FixtureConfiguration<Placement> fixture;
  PersonalData data;

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    fixture = new AggregateTestFixture<>(Placement.class);
    fixture.registerInjectableResource(data);
  }

  @Test
  void refusesAnAmendmentForAnErasedLearner() {
    data.shred("L-1");
    fixture
        .given(PlacementTest.STARTED)
        .when(PlacementTest.record("18", null))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }

  @Test
  void refusesEndingAnErasedLearnersPlacement() {
    data.shred("L-1");
    fixture
        .given(PlacementTest.STARTED)
        .when(new EndPlacementCommand("PL-1", PlacementTest.START.plusDays(30)))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }
}
