package dev.newsflow.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The ROC AUC and the flag threshold's counts, against examples worked by hand. */
class BadExtractionFlagsTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    private static double[] page(double confidence, double f1) {
        return new double[] {confidence, f1};
    }

    @Test
    void everyBadPageBelowEveryGoodOneIsOneAndTheReverseIsZero() {
        List<double[]> ranked = List.of(page(0.1, 0.5), page(0.2, 0.8), page(0.7, 0.95), page(0.9, 1.0));
        assertThat(BadExtractionFlags.rocAuc(ranked, 0.9)).isCloseTo(1.0, EXACT);
        List<double[]> reversed = List.of(page(0.9, 0.5), page(0.8, 0.8), page(0.2, 0.95), page(0.1, 1.0));
        assertThat(BadExtractionFlags.rocAuc(reversed, 0.9)).isCloseTo(0.0, EXACT);
    }

    @Test
    void aMixedOrderCountsTheBadGoodPairsInOrder() {
        // bad at 0.3 and 0.6, good at 0.4, 0.5 and 0.8: pairs (bad, good) with bad below good:
        // 0.3 < 0.4, 0.5, 0.8 (3); 0.6 < 0.8 (1): 4 of 2 x 3 = 6
        List<double[]> pages = List.of(page(0.3, 0.2), page(0.4, 0.99), page(0.5, 0.97), page(0.6, 0.85), page(0.8, 1.0));
        assertThat(BadExtractionFlags.rocAuc(pages, 0.9)).isCloseTo(4 / 6.0, EXACT);
    }

    @Test
    void aTieBetweenABadAndAGoodPageCountsOneHalf() {
        // bad at 0.5 and 0.2, good at 0.5 and 0.9: (0.2 < 0.5) 1, (0.2 < 0.9) 1, (0.5 = 0.5) 0.5, (0.5 < 0.9) 1: 3.5 of 4
        List<double[]> pages = List.of(page(0.5, 0.4), page(0.5, 1.0), page(0.2, 0.1), page(0.9, 0.93));
        assertThat(BadExtractionFlags.rocAuc(pages, 0.9)).isCloseTo(3.5 / 4, EXACT);
        // every page tied: chance
        List<double[]> allTied = List.of(page(0.7, 0.4), page(0.7, 1.0), page(0.7, 0.1), page(0.7, 0.93));
        assertThat(BadExtractionFlags.rocAuc(allTied, 0.9)).isCloseTo(0.5, EXACT);
    }

    @Test
    void theQualityBarDecidesWhichPagesAreBadAndAPageAtTheBarIsGood() {
        List<double[]> pages = List.of(page(0.3, 0.92), page(0.4, 0.95), page(0.5, 0.85), page(0.9, 1.0));
        // bar 0.9: bad = {0.5}; good = {0.3, 0.4, 0.9}: 0.5 < 0.9 only: 1 of 3
        assertThat(BadExtractionFlags.rocAuc(pages, 0.9)).isCloseTo(1 / 3.0, EXACT);
        // bar 0.95: bad = {0.3, 0.5} (0.95 itself is good); good = {0.4, 0.9}: 0.3 < both (2), 0.5 < 0.9 (1): 3 of 4
        assertThat(BadExtractionFlags.rocAuc(pages, 0.95)).isCloseTo(3 / 4.0, EXACT);
    }

    @Test
    void withoutBadOrWithoutGoodPagesThereIsNoAuc() {
        assertThat(BadExtractionFlags.rocAuc(List.of(page(0.1, 1.0), page(0.9, 0.99)), 0.9)).isNaN();
        assertThat(BadExtractionFlags.rocAuc(List.of(page(0.1, 0.1), page(0.9, 0.2)), 0.9)).isNaN();
        assertThat(BadExtractionFlags.rocAuc(List.of(), 0.9)).isNaN();
    }

    @Test
    void theThresholdCountsFlaggedPagesStrictlyBelowIt() {
        List<double[]> pages = List.of(page(0.2, 0.5), page(0.45, 0.97), page(0.5, 0.6), page(0.7, 0.99), page(0.8, 0.3));
        BadExtractionFlags.AtThreshold at = BadExtractionFlags.at(pages, 0.9, 0.5);
        // bad: 0.2, 0.5, 0.8 (3); good: 0.45, 0.7 (2); flagged (< 0.5): 0.2 bad, 0.45 good; 0.5 itself is not flagged
        assertThat(at.bad()).isEqualTo(3);
        assertThat(at.good()).isEqualTo(2);
        assertThat(at.flaggedBad()).isEqualTo(1);
        assertThat(at.flaggedGood()).isEqualTo(1);
        assertThat(at.precision()).isCloseTo(0.5, EXACT);
        assertThat(at.badShareFlagged()).isCloseTo(1 / 3.0, EXACT);
        assertThat(at.goodShareFlagged()).isCloseTo(0.5, EXACT);
        assertThat(BadExtractionFlags.at(pages, 0.9, 0.1).precision()).isNaN();
    }
}
