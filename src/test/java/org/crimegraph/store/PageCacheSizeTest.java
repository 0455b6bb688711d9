package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCacheSizeTest {

    @Test
    void oneGibibyteUnlessTheEnvironmentSaysOtherwise() {
        assertThat(PageCacheSize.of(Map.of())).isEqualTo(1L << 30);
        assertThat(PageCacheSize.of(Map.of(PageCacheSize.VARIABLE, " "))).isEqualTo(1L << 30);
        assertThat(PageCacheSize.of(Map.of(PageCacheSize.VARIABLE, "4G"))).isEqualTo(4L << 30);
        assertThat(PageCacheSize.of(Map.of(PageCacheSize.VARIABLE, "512m"))).isEqualTo(512L << 20);
        assertThat(PageCacheSize.of(Map.of(PageCacheSize.VARIABLE, "65536k"))).isEqualTo(64L << 20);
        assertThat(PageCacheSize.of(Map.of(PageCacheSize.VARIABLE, "16777216"))).isEqualTo(16L << 20);
    }

    @Test
    void aValueThatIsNoSizeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> PageCacheSize.parse("lots")).hasMessageContaining("CRIMEGRAPH_PAGE_CACHE='lots'");
        assertThatThrownBy(() -> PageCacheSize.parse("2.5g")).hasMessageContaining("not a size");
        assertThatThrownBy(() -> PageCacheSize.parse("1m")).hasMessageContaining("at least 8m");
    }
}
