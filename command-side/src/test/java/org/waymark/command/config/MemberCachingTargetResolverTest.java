package org.waymark.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class MemberCachingTargetResolverTest {
  record OnComponent(@TargetAggregateIdentifier String learnerId, String other) {}

  record OnMethod(String learnerId) {
    @TargetAggregateIdentifier
    String registerId() {
      return "register-" + learnerId;
    }
  }

  static final class WithVersion {
    @TargetAggregateIdentifier private final String id;
    @TargetAggregateVersion private final Object version;

    WithVersion(String id, Object version) {
      this.id = id;
      this.version = version;
    }
  }

  record Untargeted(String learnerId) {}

  private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
  private final CommandTargetResolver cached = new MemberCachingTargetResolver();

  private static GenericCommandMessage<Object> command(Object payload) {
    return new GenericCommandMessage<>(payload);
  }

  @Test
  void resolvesWhatAxonsResolverResolvesTwiceOver() {
    List<Object> payloads =
        List.of(
            new OnComponent("L1", "x"),
            new OnMethod("L2"),
            new OnMethod("L3"),
            new WithVersion("Q1", 4),
            new WithVersion("Q2", "7"),
            new WithVersion("Q3", null));
    for (int round = 0; round < 2; round++) {
      for (Object payload : payloads) {
        VersionedAggregateIdentifier expected = axon.resolveTarget(command(payload));
        VersionedAggregateIdentifier actual = cached.resolveTarget(command(payload));
        assertThat(actual).as(payload.toString()).isEqualTo(expected);
      }
    }
    assertThat(cached.resolveTarget(command(new OnMethod("L9"))).getIdentifier())
        .isEqualTo("register-L9");
    assertThat(cached.resolveTarget(command(new WithVersion("Q", 4L))).getVersion()).isEqualTo(4L);
  }

  @Test
  void noTargetIsAxonsErrorWhichCreateIfMissingHandlersRecognise() {
    for (Object payload : List.of(new Untargeted("L1"), new OnComponent(null, "x"))) {
      assertThatThrownBy(() -> cached.resolveTarget(command(payload)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("It does not identify the target aggregate.")
          .hasMessageContaining(payload.getClass().getSimpleName());
    }
    assertThatThrownBy(() -> cached.resolveTarget(command(new WithVersion("Q", "seven"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The value provided for the version is not a number.");
  }

  @Test
  void aClassWithNoTargetMemberGetsOneExceptionWithoutAStackTrace() {
    Throwable first = catchThrowable(() -> cached.resolveTarget(command(new Untargeted("L1"))));
    Throwable second = catchThrowable(() -> cached.resolveTarget(command(new Untargeted("L2"))));
    assertThat(first).isSameAs(second).isInstanceOf(IllegalArgumentException.class);
    assertThat(first.getStackTrace()).isEmpty();
    // A targeted class whose identifier is null is an error in the command: a trace of its own.
    Throwable nullId =
        catchThrowable(() -> cached.resolveTarget(command(new OnComponent(null, "x"))));
    assertThat(nullId.getStackTrace()).isNotEmpty();
  }
}
