package dev.newsflow.parser.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well a confidence flags the bad extractions, which is what operators use it for: the ROC AUC (how often a bad
 * page is ranked below a good one) and what a fixed flag threshold catches. A correlation with F1 says little here,
 * since most pages are good and their F1 order among themselves does not matter to anyone.
 */
public final class BadExtractionFlags {

    private BadExtractionFlags() {
    }

    /**
     * What flagging every page whose confidence is below a threshold catches.
     *
     * @param bad        pages whose body F1 is below the quality bar
     * @param good       the other pages
     * @param flaggedBad bad pages below the threshold
     * @param flaggedGood good pages below the threshold
     */
    public record AtThreshold(double threshold, int bad, int good, int flaggedBad, int flaggedGood) {

        /** Share of the flagged pages that are bad; NaN when nothing is flagged. */
        public double precision() {
            int flagged = flaggedBad + flaggedGood;
            return flagged == 0 ? Double.NaN : (double) flaggedBad / flagged;
        }

        /** Share of the bad pages that are flagged; NaN when there are none. */
        public double badShareFlagged() {
            return bad == 0 ? Double.NaN : (double) flaggedBad / bad;
        }

        /** Share of the good pages that are flagged (false alarms); NaN when there are none. */
        public double goodShareFlagged() {
            return good == 0 ? Double.NaN : (double) flaggedGood / good;
        }
    }

    /**
     * The ROC AUC of the confidence for telling good pages from bad: the probability that a random bad page has a
     * lower confidence than a random good one, a tie counting one half (the Mann-Whitney U statistic over the product
     * of the class sizes). 1: every bad page below every good one; 0.5: no better than chance; NaN when either class
     * is empty.
     *
     * @param pairs {confidence, body F1} per page
     * @param badBelow the F1 under which a page is bad
     */
    public static double rocAuc(List<double[]> pairs, double badBelow) {
        int n = pairs.size();
        double[][] sorted = pairs.toArray(double[][]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p[0]));
        long bad = pairs.stream().filter(p -> p[1] < badBelow).count();
        long good = n - bad;
        if (bad == 0 || good == 0) {
            return Double.NaN;
        }
        // rank sum of the good pages, ties given their average rank (so a bad-good tie counts one half)
        double goodRankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && sorted[j + 1][0] == sorted[i][0]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (sorted[k][1] >= badBelow) {
                    goodRankSum += rank;
                }
            }
            i = j + 1;
        }
        return (goodRankSum - good * (good + 1) / 2.0) / ((double) good * bad);
    }

    /** What flagging the pages whose confidence is below {@code threshold} catches, a page bad under {@code badBelow}. */
    public static AtThreshold at(List<double[]> pairs, double badBelow, double threshold) {
        int bad = 0;
        int good = 0;
        int flaggedBad = 0;
        int flaggedGood = 0;
        for (double[] p : pairs) {
            boolean isBad = p[1] < badBelow;
            boolean flagged = p[0] < threshold;
            if (isBad) {
                bad++;
                flaggedBad += flagged ? 1 : 0;
            } else {
                good++;
                flaggedGood += flagged ? 1 : 0;
            }
        }
        return new AtThreshold(threshold, bad, good, flaggedBad, flaggedGood);
    }
}
