package org.waymark.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchNodeSettingsTest {

  private final Path dataDir = Path.of("data", "search");

  @Test
  void defaultsPickAFreePortAFoundRuntimeAndAHalfGigabyteHeap() {
    SearchNodeSettings settings = SearchNodeSettings.defaults(dataDir);

    assertThat(settings.dataDir()).isEqualTo(dataDir);
    assertThat(settings.javaHome()).isEmpty();
    assertThat(settings.httpPort()).isZero();
    assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(settings.heap()).isEqualTo("512m");
  }

  @Test
  void withersChangeOneSettingOnly() {
    SearchNodeSettings settings =
        SearchNodeSettings.defaults(dataDir)
            .withJavaHome(Path.of("/opt/jdk-25"))
            .withHttpPort(9200)
            .withStartTimeout(Duration.ofSeconds(30))
            .withHeap("1g");

    assertThat(settings)
        .isEqualTo(
            new SearchNodeSettings(
                dataDir, Optional.of(Path.of("/opt/jdk-25")), 9200, Duration.ofSeconds(30), "1g"));
  }

  @Test
  void rejectsAHeapTheJvmWouldNotUnderstand() {
    assertThatThrownBy(() -> SearchNodeSettings.defaults(dataDir).withHeap("512 MB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("512m or 1g");
  }

  @Test
  void rejectsAPortOutOfRangeAndANonPositiveTimeout() {
    assertThatThrownBy(() -> SearchNodeSettings.defaults(dataDir).withHttpPort(70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchNodeSettings.defaults(dataDir).withStartTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
