package org.waymark.query.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
  final List<String> loads = new ArrayList<>();

  String load(String key) {
    loads.add(key);
    return "value of " + key + " #" + loads.size();
  }

  @Test
  void aValueIsLoadedOncePerStampAndKey() throws IOException {
    VersionedCache<String, String> cache = new VersionedCache<>(4);
    assertThat(cache.get(1, "a", this::load)).isEqualTo("value of a #1");
    assertThat(cache.get(1, "a", this::load)).isEqualTo("value of a #1");
    assertThat(cache.get(1, "b", this::load)).isEqualTo("value of b #2");
    assertThat(loads).containsExactly("a", "b");
  }

  @Test
  void aNullKeyIsAKeyLikeAnyOther() throws IOException {
    VersionedCache<String, String> cache = new VersionedCache<>(4);
    cache.get(1, null, this::load);
    cache.get(1, null, this::load);
    assertThat(loads).hasSize(1);
  }

  @Test
  void anotherStampLoadsAgainAndDropsEverythingKept() throws IOException {
    VersionedCache<String, String> cache = new VersionedCache<>(4);
    cache.get(1, "a", this::load);
    cache.get(1, "b", this::load);
    assertThat(cache.get(2, "a", this::load)).isEqualTo("value of a #3");
    assertThat(cache.size()).isEqualTo(1);
    // Back to the old stamp (a slow caller): never the newer value, loaded again.
    assertThat(cache.get(1, "a", this::load)).isEqualTo("value of a #4");
  }

  @Test
  void theLeastRecentlyUsedKeyGoesBeyondTheCapacity() throws IOException {
    VersionedCache<String, String> cache = new VersionedCache<>(2);
    cache.get(1, "a", this::load);
    cache.get(1, "b", this::load);
    cache.get(1, "a", this::load);
    cache.get(1, "c", this::load);
    cache.get(1, "a", this::load);
    cache.get(1, "b", this::load);
    assertThat(loads).containsExactly("a", "b", "c", "b");
  }

  @Test
  void aFailedLoadKeepsNothing() {
    VersionedCache<String, String> cache = new VersionedCache<>(2);
    assertThatThrownBy(
            () ->
                cache.get(
                    1,
                    "a",
                    k -> {
                      throw new IOException("down");
                    }))
        .isInstanceOf(IOException.class);
    assertThat(cache.size()).isZero();
  }
}
