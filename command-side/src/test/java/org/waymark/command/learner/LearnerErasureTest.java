package org.waymark.command.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.learner.EraseLearnerCommand;
import org.waymark.api.learner.ErasureBasis;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.TransferLearnerCommand;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.command.web.ConflictException;
import org.waymark.privacy.PersonalData;

/** Names sealed with the learner's key; erasure shreds it and closes the record. */
class LearnerErasureTest {
  FixtureConfiguration<Learner> fixture;
  PersonalData data;
  final RegisterLearnerCommandFactory commands = new RegisterLearnerCommandFactory();

  /** The registration of LearnerTest. */
  static final class RegisterLearnerCommandFactory {
    org.waymark.api.learner.RegisterLearnerCommand valid() {
      return LearnerTest.register(LocalDate.of(2011, 3, 14), LocalDate.of(2026, 9, 1));
    }
  }

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    fixture = new AggregateTestFixture<>(Learner.class);
    fixture.registerInjectableResource(data);
    fixture.registerInjectableResource(LearnerTest.CLOCK);
  }

  LearnerRegisteredEvent sealedRegistration() {
    LearnerRegisteredEvent plain = LearnerTest.registered(commands.valid());
    data.checkNotErased(plain.learnerId());
    return LearnerRecords.withNames(plain, data::seal);
  }

  @Test
  void storesNamesOnlySealedWithTheLearnersKey() {
    fixture
        .givenNoPriorActivity()
        .when(commands.valid())
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (LearnerRegisteredEvent e) ->
                            PersonalData.isSealed(e.givenName())
                                && PersonalData.isSealed(e.familyName())
                                && !e.givenName().contains("Ada")
                                && "Ada".equals(data.openOrNull("L-001", e.givenName()))
                                && "Lovelace".equals(data.openOrNull("L-001", e.familyName()))),
                    Matchers.andNoMore())));
  }

  @Test
  void recordsNothingWhenAnImportRepeatsTheSameNames() {
    fixture
        .given(sealedRegistration())
        .when(LearnerRecords.record(commands.valid()))
        .expectNoEvents();
  }

  @Test
  void erasureShredsTheKeySoTheStoredNamesNoLongerOpen() {
    LearnerRegisteredEvent registered = sealedRegistration();
    fixture
        .given(registered)
        .when(new EraseLearnerCommand("L-001", ErasureBasis.DATA_SUBJECT_REQUEST))
        .expectEvents(
            new LearnerErasedEvent(
                "L-001", ErasureBasis.DATA_SUBJECT_REQUEST, LearnerTest.CLOCK.instant()));

    assertThat(data.open("L-001", registered.givenName()).erased()).isTrue();
    assertThat(data.isErased("L-001")).isTrue();
  }

  @Test
  void refusesASecondErasure() {
    fixture
        .given(
            sealedRegistration(),
            new LearnerErasedEvent(
                "L-001", ErasureBasis.RETENTION_EXPIRED, LearnerTest.CLOCK.instant()))
        .when(new EraseLearnerCommand("L-001", ErasureBasis.DATA_SUBJECT_REQUEST))
        .expectException(ConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("erased"));
  }

  @Test
  void refusesEveryLaterCommandAboutAnErasedLearner() {
    fixture
        .given(
            List.of(
                sealedRegistration(),
                new LearnerErasedEvent(
                    "L-001", ErasureBasis.RETENTION_EXPIRED, LearnerTest.CLOCK.instant())))
        .when(new TransferLearnerCommand("L-001", "P-02", LocalDate.of(2026, 9, 1)))
        .expectException(ConflictException.class);
  }
}
