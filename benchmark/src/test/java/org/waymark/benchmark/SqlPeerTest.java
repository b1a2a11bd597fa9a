package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlPeerTest {

  @Test
  void everyByOfTheApiHasASqlGroupKey() {
    assertThat(SqlPeer.GROUP_KEYS).containsOnlyKeys(WaymarkBenchmark.BYS);
  }

  @Test
  void theBreakdownGroupsByTheKeyAndCountsByTheContractCodes() {
    String sql = SqlPeer.breakdownSql("yearGroup");
    assertThat(sql).contains("SELECT coalesce(l.year_group, 'Not recorded') AS grp");
    assertThat(sql).contains("code IN ('/', '\\', 'L')");
    assertThat(sql).contains("'C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T'");
    assertThat(sql).contains("code IN ('G', 'N', 'O', 'U')");
    assertThat(sql).contains("10 * absence >= possible").contains("2 * absence >= possible");
    assertThat(SqlPeer.breakdownSql(null)).contains("SELECT 'total' AS grp");
  }

  @Test
  void anUnknownByIsRefused() {
    assertThatThrownBy(() -> SqlPeer.breakdownSql("shoeSize"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
