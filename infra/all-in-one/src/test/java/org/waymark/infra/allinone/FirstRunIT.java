package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * The first start of an empty installation: the real demo dataset (2,000 learners, the generator's
 * files imported through the import API) loads, the summary is printed, and a second start does not
 * load it again.
 */
@WithEmbeddedServices
class FirstRunIT {
  static RunningWaymark waymark;
  @TempDir static Path dataDir;

  @BeforeAll
  static void start() throws Exception {
    waymark = RunningWaymark.start(FirstRunIT.class);
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  @Test
  void loadsTheDemoOnceAndSummarisesIt() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    DemoLoader loader =
        new DemoLoader(
            waymark.base(),
            dataDir,
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            RunningWaymark.ADMIN_PASSWORD);

    assertThat(loader.shouldLoad(true)).as("--no-demo").isFalse();
    assertThat(loader.shouldLoad(false)).as("first start, nothing recorded").isTrue();

    loader.load();

    String summary = printed.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("Demo loaded: 2,000 learners");
    assertThat(summary).contains("Overall absence").contains("Review currency");
    assertThat(summary).contains("Demo accounts (password").contains("governor (GOVERNOR)");
    assertThat(Files.exists(dataDir.resolve(DemoLoader.MARKER))).isTrue();
    assertThat(loader.shouldLoad(false)).as("a second start").isFalse();

    // Without the marker (say it was deleted) the data that is there still keeps the demo out.
    Files.delete(dataDir.resolve(DemoLoader.MARKER));
    assertThat(loader.shouldLoad(false)).as("an installation that holds data").isFalse();
  }
}
