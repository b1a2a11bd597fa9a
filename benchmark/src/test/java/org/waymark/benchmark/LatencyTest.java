package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

  /** 1..30 ms in shuffled order: nearest rank gives p50 = 15th, p95 = 29th (⌈28.5⌉), p99 = 30th. */
  @Test
  void thirtySamplesGiveTheNearestRankPercentiles() {
    List<Long> nanos =
        new ArrayList<>(LongStream.rangeClosed(1, 30).map(i -> i * 1_000_000).boxed().toList());
    Collections.shuffle(nanos, new java.util.Random(7));
    Latency l = Latency.ofNanos(nanos);
    assertThat(l.samples()).isEqualTo(30);
    assertThat(l.p50()).isEqualTo(15.0);
    assertThat(l.p95()).isEqualTo(29.0);
    assertThat(l.p99()).isEqualTo(30.0);
    assertThat(l.max()).isEqualTo(30.0);
    assertThat(l.mean()).isEqualTo(15.5);
  }

  /** 20 samples: p95 = ⌈19.0⌉ = 19th exactly, not the 20th through a rounding error. */
  @Test
  void anExactRankIsNotRoundedUp() {
    long[] sorted = LongStream.rangeClosed(1, 20).toArray();
    assertThat(Latency.percentile(sorted, 95)).isEqualTo(19);
    assertThat(Latency.percentile(sorted, 50)).isEqualTo(10);
    assertThat(Latency.percentile(sorted, 99)).isEqualTo(20);
  }

  @Test
  void oneSampleIsEveryPercentile() {
    Latency l = Latency.ofNanos(List.of(2_500_000L));
    assertThat(l.p50()).isEqualTo(2.5);
    assertThat(l.p99()).isEqualTo(2.5);
  }

  @Test
  void noSamplesIsAnError() {
    assertThatThrownBy(() -> Latency.ofNanos(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
