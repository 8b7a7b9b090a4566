package dev.newsflow.articles.pipeline;

/**
 * One field of one site in both windows: how many articles had it, of how many, and whether {@link FillDriftRule}
 * calls the difference a fall.
 *
 * @param field            {@code headline}, {@code author}, {@code date}, {@code body} (as the parser's
 *                         {@code newsflow_extraction_fields_total} labels them), or {@code confident} (the share of
 *                         articles carrying a confidence that reach {@link FillDrift#CONFIDENT})
 * @param recentPresent    articles of the recent window that had the field
 * @param recentArticles   articles of the recent window (for {@code confident}: those carrying a confidence)
 * @param recentRate       {@code recentPresent / recentArticles}, {@code null} without recent articles
 * @param baselinePresent  articles of the baseline window that had the field
 * @param baselineArticles articles of the baseline window (for {@code confident}: those carrying a confidence)
 * @param baselineRate     {@code baselinePresent / baselineArticles}, {@code null} without baseline articles
 * @param drop             the fall from the baseline rate to the recent one (negative: a rise; 0 when either is unknown)
 * @param margin           the baseline's lower bound minus the recent upper bound ({@link FillDriftRule#margin})
 * @param drifted          whether the rule flags this field
 */
public record FieldFill(String field, long recentPresent, long recentArticles, Double recentRate,
                        long baselinePresent, long baselineArticles, Double baselineRate, double drop, double margin,
                        boolean drifted) {

    /** The field's counts judged by {@code rule}. */
    public static FieldFill judge(FillDriftRule rule, String field, long recentPresent, long recentArticles,
                                  long baselinePresent, long baselineArticles) {
        Double recentRate = recentArticles == 0 ? null : (double) recentPresent / recentArticles;
        Double baselineRate = baselineArticles == 0 ? null : (double) baselinePresent / baselineArticles;
        double drop = recentRate == null || baselineRate == null ? 0 : baselineRate - recentRate;
        return new FieldFill(field, recentPresent, recentArticles, recentRate, baselinePresent, baselineArticles,
                baselineRate, drop, rule.margin(recentPresent, recentArticles, baselinePresent, baselineArticles),
                rule.drifted(recentPresent, recentArticles, baselinePresent, baselineArticles));
    }
}
