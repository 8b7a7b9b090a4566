package dev.newsflow.articles.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * When a site's fill rate for a field counts as fallen: the one drift rule, shared by {@code GET /api/pipeline}, the
 * {@code newsflow_extraction_fill_drift} gauge and the dashboard.
 *
 * <p>Per site and field, the share of articles indexed in the recent window that have the field is compared with the
 * same share over the site's baseline (the window just before). The field has drifted when even the most favourable
 * reading of both samples still shows a fall of at least {@link #minDrop()}: the baseline's Wilson score lower bound
 * minus the recent window's Wilson upper bound (both at {@link #z()}) is at least {@code minDrop}, and each window
 * holds at least {@link #minArticles()} articles. A small sample has a wide interval, so a few articles cannot raise
 * an alarm however they look (10 of 10 then 6 of 10 does not, a 40-point fall; 10 of 10 then 0 of 10 does), while a
 * large site is flagged as soon as its fall is clear. The article floor only guards what the interval cannot: one odd
 * article after a thousand perfect ones would otherwise just reach a 20-point margin (0 of 1 has an upper bound of
 * 0.79).
 *
 * @param recent      the recent window, ending now
 * @param baseline    the baseline window, ending where the recent one starts
 * @param minDrop     the smallest fall, as a fraction (0.2 = 20 points), that counts once sampling error is taken off
 * @param z           the normal quantile of the Wilson intervals (1.96: 95 % two-sided)
 * @param minArticles the fewest articles each window must hold for a field to be judged at all
 */
public record FillDriftRule(Duration recent, Duration baseline, double minDrop, double z, int minArticles) {

    /** The recent 24 hours against the 7 days before, a fall of 20 points, 95 % intervals, 10 articles a window. */
    public static final FillDriftRule DEFAULT = new FillDriftRule(Duration.ofHours(24), Duration.ofDays(7), 0.20, 1.96,
            10);

    public FillDriftRule {
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(baseline, "baseline");
        if (recent.isNegative() || recent.isZero() || baseline.isNegative() || baseline.isZero()) {
            throw new IllegalArgumentException("drift windows must be positive: recent " + recent + ", baseline "
                    + baseline);
        }
        if (!(minDrop > 0 && minDrop < 1)) {
            throw new IllegalArgumentException("minDrop must lie between 0 and 1 (a fraction of articles): " + minDrop);
        }
        if (!(z > 0)) {
            throw new IllegalArgumentException("z must be positive: " + z);
        }
        if (minArticles < 1) {
            throw new IllegalArgumentException("minArticles must be at least 1: " + minArticles);
        }
    }

    /** Whether {@code recentPresent} of {@code recentTotal} against {@code baselinePresent} of {@code baselineTotal} is a fall. */
    public boolean drifted(long recentPresent, long recentTotal, long baselinePresent, long baselineTotal) {
        return recentTotal >= minArticles && baselineTotal >= minArticles
                && margin(recentPresent, recentTotal, baselinePresent, baselineTotal) >= minDrop;
    }

    /**
     * How far apart the two rates are at least, given sampling error: the baseline's lower bound minus the recent
     * window's upper bound (negative when the intervals overlap, or when either window is empty).
     */
    public double margin(long recentPresent, long recentTotal, long baselinePresent, long baselineTotal) {
        if (recentTotal <= 0 || baselineTotal <= 0) {
            return -1;
        }
        return wilsonLower(baselinePresent, baselineTotal, z) - wilsonUpper(recentPresent, recentTotal, z);
    }

    /** The lower bound of the Wilson score interval for {@code successes} of {@code trials}. */
    public static double wilsonLower(long successes, long trials, double z) {
        return wilson(successes, trials, z, -1);
    }

    /** The upper bound of the Wilson score interval for {@code successes} of {@code trials}. */
    public static double wilsonUpper(long successes, long trials, double z) {
        return wilson(successes, trials, z, +1);
    }

    private static double wilson(long successes, long trials, double z, int sign) {
        if (trials <= 0) {
            return sign < 0 ? 0 : 1;
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes of " + trials + " trials");
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double bound = (centre + sign * spread) / (1 + z2 / n);
        return Math.clamp(bound, 0.0, 1.0);
    }
}
