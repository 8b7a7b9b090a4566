package dev.newsflow.articles.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The drift rule on counts alone: Wilson bounds, and which falls it flags. */
class FillDriftRuleTest {

    private final FillDriftRule rule = FillDriftRule.DEFAULT;

    @Test
    void wilsonBoundsMatchTheTextbookValues() {
        // 8 of 10 at 95 %: the interval is [0.4902, 0.9433] (Wilson 1927; e.g. Newcombe 1998, table I)
        assertThat(FillDriftRule.wilsonLower(8, 10, 1.96)).isCloseTo(0.4902, within(1e-4));
        assertThat(FillDriftRule.wilsonUpper(8, 10, 1.96)).isCloseTo(0.9433, within(1e-4));
        // 0 of 10: the lower bound is 0, the upper 0.2775
        assertThat(FillDriftRule.wilsonLower(0, 10, 1.96)).isZero();
        assertThat(FillDriftRule.wilsonUpper(0, 10, 1.96)).isCloseTo(0.2775, within(1e-4));
        assertThat(FillDriftRule.wilsonUpper(10, 10, 1.96)).isEqualTo(1.0);
    }

    @Test
    void flagsAClearFallOnEnoughArticles() {
        assertThat(rule.drifted(0, 10, 10, 10)).isTrue();
        assertThat(rule.drifted(5, 40, 190, 200)).isTrue();
    }

    @Test
    void doesNotFlagTinySamplesHoweverTheyLook() {
        assertThat(rule.drifted(0, 2, 3, 3)).isFalse();
        assertThat(rule.drifted(0, 5, 5, 5)).isFalse();
        // one odd article after a thousand good ones: the interval alone would just reach 20 points, the floor holds
        assertThat(rule.margin(0, 1, 1000, 1000)).isGreaterThan(0.2);
        assertThat(rule.drifted(0, 1, 1000, 1000)).isFalse();
        // enough articles, but a 40-point fall on 10 is within sampling error, where a fixed count would alarm
        assertThat(rule.drifted(6, 10, 10, 10)).isFalse();
    }

    @Test
    void doesNotFlagStableRatesOrSmallFallsOrRises() {
        assertThat(rule.drifted(180, 200, 900, 1000)).isFalse();
        // a 10-point fall on thousands of articles is real but below the 20 points that count
        assertThat(rule.drifted(8000, 10000, 9000, 10000)).isFalse();
        assertThat(rule.drifted(10, 10, 0, 10)).isFalse();
    }

    @Test
    void doesNotFlagAnEmptyWindow() {
        assertThat(rule.drifted(0, 0, 100, 100)).isFalse();
        assertThat(rule.drifted(0, 100, 0, 0)).isFalse();
        assertThat(rule.margin(0, 0, 100, 100)).isNegative();
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatThrownBy(() -> new FillDriftRule(Duration.ZERO, Duration.ofDays(7), 0.2, 1.96, 10))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new FillDriftRule(Duration.ofHours(1), Duration.ofDays(7), 20, 1.96, 10))
                .hasMessageContaining("fraction");
        assertThatThrownBy(() -> new FillDriftRule(Duration.ofHours(1), Duration.ofDays(7), 0.2, 1.96, 0))
                .hasMessageContaining("minArticles");
        assertThatThrownBy(() -> FillDriftRule.wilsonLower(11, 10, 1.96)).isInstanceOf(IllegalArgumentException.class);
    }
}
