package org.waymark.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the nearest directory above the working directory holding {@code mvnw}. */
final class RepoRoot {
  private RepoRoot() {}

  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no mvnw above " + Path.of("").toAbsolutePath() + ": run the tests inside the repository");
  }
}
