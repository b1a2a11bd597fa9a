package org.waymark.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fake runtimes are made executable POSIX-style: Waymark runs on Linux and macOS. */
class JavaRuntimeLocatorTest {

  @TempDir Path jvms;

  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();

  private JavaRuntimeLocator locator() {
    return new JavaRuntimeLocator(properties::get, environment, List.of(jvms));
  }

  @Nested
  class ParsingJavaVersion {

    @Test
    void readsTheFeatureNumberOfModernVersions() {
      assertThat(JavaRuntimeLocator.parseFeatureVersion("21.0.2")).isEqualTo(OptionalInt.of(21));
      assertThat(JavaRuntimeLocator.parseFeatureVersion("25")).isEqualTo(OptionalInt.of(25));
      assertThat(JavaRuntimeLocator.parseFeatureVersion("26-ea")).isEqualTo(OptionalInt.of(26));
      assertThat(JavaRuntimeLocator.parseFeatureVersion("\"17.0.13\""))
          .isEqualTo(OptionalInt.of(17));
    }

    @Test
    void readsTheLegacyOnePointEightScheme() {
      assertThat(JavaRuntimeLocator.parseFeatureVersion("1.8.0_392")).isEqualTo(OptionalInt.of(8));
    }

    @Test
    void rejectsWhatIsNotAVersion() {
      assertThat(JavaRuntimeLocator.parseFeatureVersion("")).isEmpty();
      assertThat(JavaRuntimeLocator.parseFeatureVersion("unknown")).isEmpty();
    }

    @Test
    void readsTheReleaseFileOfAnInstallation() throws IOException {
      Path home = fakeRuntime("temurin-25", "25.0.3");
      Path realHome = home.toRealPath();

      assertThat(JavaRuntimeLocator.read(home))
          .hasValueSatisfying(
              runtime -> {
                assertThat(runtime.featureVersion()).isEqualTo(25);
                assertThat(runtime.version()).isEqualTo("25.0.3");
                assertThat(runtime.home()).isEqualTo(realHome);
              });
    }

    @Test
    void ignoresADirectoryWithAReleaseFileButNoJavaExecutable() throws IOException {
      Path home = Files.createDirectories(jvms.resolve("broken"));
      Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");

      assertThat(JavaRuntimeLocator.read(home)).isEmpty();
    }
  }

  @Nested
  class Scanning {

    @Test
    void choosesTheNewestRuntimeOfAtLeast21() throws IOException {
      fakeRuntime("java-17-openjdk", "17.0.13");
      fakeRuntime("temurin-21", "21.0.5");
      fakeRuntime("temurin-25", "25.0.3");
      fakeRuntime("temurin-25-older", "25.0.1");
      notJava();

      JavaRuntimeLocator.JavaRuntime runtime = locator().locate(Optional.empty());

      assertThat(runtime.version()).isEqualTo("25.0.3");
    }

    @Test
    void prefersJavaHomeWhenItIs21OrNewer() throws IOException {
      fakeRuntime("temurin-25", "25.0.3");
      Path javaHome = fakeRuntime("temurin-21", "21.0.5");
      environment.put("JAVA_HOME", javaHome.toString());

      assertThat(locator().locate(Optional.empty()).version()).isEqualTo("21.0.5");
    }

    @Test
    void passesOverAJavaHomeOlderThan21() throws IOException {
      environment.put("JAVA_HOME", fakeRuntime("java-17-openjdk", "17.0.13").toString());
      properties.put("java.home", fakeRuntime("java-11", "11.0.2").toString());
      fakeRuntime("temurin-21", "21.0.5");

      assertThat(locator().locate(Optional.empty()).version()).isEqualTo("21.0.5");
    }

    @Test
    void saysSoWhenNoRuntimeIs21OrNewer() throws IOException {
      Path java17 = fakeRuntime("java-17-openjdk", "17.0.13");

      assertThatThrownBy(() -> locator().locate(Optional.empty()))
          .isInstanceOf(JavaRuntimeNotFoundException.class)
          .hasMessageStartingWith(
              "No Java 21 or newer runtime found for the Elasticsearch node; looked in: [")
          .hasMessageContaining(jvms.toString())
          .hasMessageContaining(java17.toRealPath() + " (Java 17.0.13)")
          .hasMessageContaining("Install one or set WAYMARK_SEARCH_JAVA_HOME");
    }
  }

  @Nested
  class Overrides {

    @Test
    void theExplicitSettingWins() throws IOException {
      fakeRuntime("temurin-25", "25.0.3");
      Path chosen = fakeRuntime("temurin-21", "21.0.5");
      properties.put(JavaRuntimeLocator.JAVA_HOME_PROPERTY, fakeRuntime("x", "22").toString());

      assertThat(locator().locate(Optional.of(chosen)).version()).isEqualTo("21.0.5");
    }

    @Test
    void theSystemPropertyComesBeforeTheEnvironment() throws IOException {
      properties.put(
          JavaRuntimeLocator.JAVA_HOME_PROPERTY, fakeRuntime("temurin-22", "22.0.2").toString());
      environment.put(JavaRuntimeLocator.JAVA_HOME_ENV, fakeRuntime("temurin-23", "23").toString());

      assertThat(locator().locate(Optional.empty()).version()).isEqualTo("22.0.2");
    }

    @Test
    void theEnvironmentVariableIsUsed() throws IOException {
      fakeRuntime("temurin-25", "25.0.3");
      environment.put(JavaRuntimeLocator.JAVA_HOME_ENV, fakeRuntime("temurin-23", "23").toString());

      assertThat(locator().locate(Optional.empty()).version()).isEqualTo("23");
    }

    @Test
    void aConfiguredRuntimeOlderThan21IsAnErrorNotAHint() throws IOException {
      fakeRuntime("temurin-25", "25.0.3");
      Path java17 = fakeRuntime("java-17-openjdk", "17.0.13");

      assertThatThrownBy(() -> locator().locate(Optional.of(java17)))
          .isInstanceOf(JavaRuntimeNotFoundException.class)
          .hasMessageContaining("No Java 21 or newer runtime found")
          .hasMessageContaining("the javaHome setting " + java17 + " (Java 17.0.13)");
    }

    @Test
    void aConfiguredDirectoryThatIsNoJavaIsNamed() {
      Path nowhere = jvms.resolve("does-not-exist");
      environment.put(JavaRuntimeLocator.JAVA_HOME_ENV, nowhere.toString());

      assertThatThrownBy(() -> locator().locate(Optional.empty()))
          .isInstanceOf(JavaRuntimeNotFoundException.class)
          .hasMessageContaining(
              "environment variable WAYMARK_SEARCH_JAVA_HOME " + nowhere + " (no Java runtime");
    }
  }

  private Path fakeRuntime(String name, String javaVersion) throws IOException {
    Path home = Files.createDirectories(jvms.resolve(name));
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\nOS_NAME=\"Linux\"\n");
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return home;
  }

  private void notJava() throws IOException {
    Files.createDirectories(jvms.resolve("not-a-jdk"));
  }
}
