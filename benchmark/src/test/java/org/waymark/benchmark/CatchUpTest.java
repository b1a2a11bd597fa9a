package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Which processing group caught up last, read from successive status answers. */
class CatchUpTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode status(long audit, long attendance, long learners) throws Exception {
    return JSON.readTree(
        "{\"caughtUp\":false,\"eventsBehind\":"
            + (audit + attendance + learners)
            + ",\"processors\":["
            + "{\"name\":\"audit\",\"eventsBehind\":"
            + audit
            + "},{\"name\":\"attendance\",\"eventsBehind\":"
            + attendance
            + "},{\"name\":\"learners\",\"eventsBehind\":"
            + learners
            + "}]}");
  }

  @Test
  void eachGroupKeepsItsBacklogAtTheImportsEndAndTheFirstTimeItHadNone() throws Exception {
    CatchUp c = new CatchUp();
    c.observe(status(900, 40, 0), 0);
    c.observe(status(500, 0, 0), 1.5);
    c.observe(status(0, 0, 0), 7.25);

    assertThat(c.groups())
        .containsExactly(
            new CatchUp.Group("audit", 900, 7.25),
            new CatchUp.Group("attendance", 40, 1.5),
            new CatchUp.Group("learners", 0, 0.0));
  }

  @Test
  void aGroupThatNeverCaughtUpComesFirstAndStaysUnset() throws Exception {
    CatchUp c = new CatchUp();
    c.observe(status(10, 5, 0), 0);
    c.observe(status(3, 0, 0), 2);

    assertThat(c.groups().get(0)).isEqualTo(new CatchUp.Group("audit", 10, null));
  }

  @Test
  void theProgressLineNamesTheGroupsFurthestBehindInOrder() throws Exception {
    assertThat(CatchUp.furthestBehind(status(1_200_000, 30, 0), 3))
        .isEqualTo("audit 1,200,000, attendance 30");
    assertThat(CatchUp.furthestBehind(status(0, 0, 0), 3)).isEmpty();
  }
}
