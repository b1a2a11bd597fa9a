package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedServicesSettingsTest {

  @Test
  void persistentSettingsKeepTheGivenDirectoryAsAnAbsolutePath() {
    EmbeddedServicesSettings settings = EmbeddedServicesSettings.persistentAt(Path.of("data"));

    assertThat(settings.persistent()).isTrue();
    assertThat(settings.dataDir()).isAbsolute().hasFileName("data");
    assertThat(settings.searchJavaHome()).isEmpty();
    assertThat(settings.startTimeout()).isEqualTo(EmbeddedServicesSettings.DEFAULT_START_TIMEOUT);
  }

  @Test
  void throwawaySettingsUseAFreshTemporaryDirectoryEachTime() throws Exception {
    EmbeddedServicesSettings first = EmbeddedServicesSettings.throwaway();
    EmbeddedServicesSettings second = EmbeddedServicesSettings.throwaway();
    try {
      assertThat(first.persistent()).isFalse();
      assertThat(first.dataDir()).isDirectory().isNotEqualTo(second.dataDir());
    } finally {
      Files.deleteIfExists(first.dataDir());
      Files.deleteIfExists(second.dataDir());
    }
  }

  @Test
  void rejectsAStartTimeoutThatCouldNeverBeMet() {
    assertThatThrownBy(
            () ->
                new EmbeddedServicesSettings(
                    Path.of("x"), true, Duration.ZERO, Optional.empty(), "512m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startTimeout");
  }
}
