package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchWorkTest {

  static String stats(long indexed, long indexMillis, long gets) {
    return """
        {"indices": {
          "waymark-attendance-v1": {"primaries": {
            "docs": {"count": 386000}, "store": {"size_in_bytes": 10485760},
            "indexing": {"index_total": %d, "index_time_in_millis": %d},
            "get": {"total": %d, "time_in_millis": 500},
            "refresh": {"total_time_in_millis": 2000}, "merges": {"total_time_in_millis": 4000}}},
          "waymark-idle-v1": {"primaries": {
            "docs": {"count": 0}, "store": {"size_in_bytes": 0},
            "indexing": {"index_total": 0, "index_time_in_millis": 0},
            "get": {"total": 0, "time_in_millis": 0},
            "refresh": {"total_time_in_millis": 0}, "merges": {"total_time_in_millis": 0}}}
        }}
        """
        .formatted(indexed, indexMillis, gets);
  }

  @Test
  void theCountersOfEachIndexAreRead() throws Exception {
    SearchWork.IndexWork w =
        SearchWork.parse(Api.JSON.readTree(stats(1000, 1500, 900))).get("waymark-attendance-v1");
    assertThat(w.indexed()).isEqualTo(1000);
    assertThat(w.indexSeconds()).isEqualTo(1.5);
    assertThat(w.gets()).isEqualTo(900);
    assertThat(w.totalSeconds()).isEqualTo(1.5 + 0.5 + 2 + 4);
    assertThat(w.docs()).isEqualTo(386_000);
    assertThat(w.storeMiB()).isEqualTo(10.0);
  }

  @Test
  void theWindowSubtractsTheStartAndLeavesOutIdleIndices() throws Exception {
    Map<String, SearchWork.IndexWork> before =
        SearchWork.parse(Api.JSON.readTree(stats(1000, 1500, 900)));
    Map<String, SearchWork.IndexWork> after =
        SearchWork.parse(Api.JSON.readTree(stats(5000, 9500, 4900)));
    List<SearchWork.IndexWork> window = SearchWork.between(before, after);
    assertThat(window).hasSize(1);
    assertThat(window.get(0).indexed()).isEqualTo(4000);
    assertThat(window.get(0).indexSeconds()).isEqualTo(8.0);
    assertThat(window.get(0).gets()).isEqualTo(4000);
    assertThat(window.get(0).mergeSeconds()).isZero();
    assertThat(SearchWork.between(Map.of(), after).get(0).indexed()).isEqualTo(5000);
  }
}
