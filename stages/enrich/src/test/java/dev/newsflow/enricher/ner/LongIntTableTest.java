package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void keepsEveryEntryAcrossGrowthAndReportsMissingKeys() {
        LongIntTable t = new LongIntTable(2);
        for (long k = 1; k <= 10_000; k++) {
            assertThat(t.put(k * 0x9e3779b97f4a7c15L, (int) k, -1)).isEqualTo(-1);
        }
        assertThat(t.size()).isEqualTo(10_000);
        for (long k = 1; k <= 10_000; k++) {
            assertThat(t.get(k * 0x9e3779b97f4a7c15L, -1)).isEqualTo((int) k);
        }
        assertThat(t.get(12345, -1)).isEqualTo(-1);
        assertThat(t.put(0x9e3779b97f4a7c15L, 7, -1)).isEqualTo(1);
        assertThat(t.keys()).hasSize(10_000);
    }

    @Test
    void refusesTheReservedKey() {
        assertThatThrownBy(() -> new LongIntTable(4).put(0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
