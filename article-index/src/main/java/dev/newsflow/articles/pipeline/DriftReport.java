package dev.newsflow.articles.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * Every site's fill rates over both windows, as {@link FillDrift} read them from the index at {@code at}.
 *
 * @param at           when it was computed (the recent window ends here)
 * @param recentFrom   the start of the recent window
 * @param baselineFrom the start of the baseline window (it ends at {@code recentFrom})
 * @param minDrop      the rule's smallest fall that counts, as a fraction
 * @param z            the rule's Wilson interval quantile
 * @param minArticles  the rule's fewest articles per window
 * @param sites        each site with articles in either window, those that fell first, then by recent articles
 */
public record DriftReport(Instant at, Instant recentFrom, Instant baselineFrom, double minDrop, double z,
                          int minArticles, List<SiteFill> sites) {

    public DriftReport {
        sites = List.copyOf(sites);
    }

    /** The sites with at least one field that fell. */
    public List<SiteFill> drifted() {
        return sites.stream().filter(SiteFill::drifted).toList();
    }
}
