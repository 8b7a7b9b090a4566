package dev.newsflow.articles.search;

import java.util.List;

/**
 * Matching articles per calendar interval of publication time (UTC), the finest interval that fits the matches'
 * span in at most {@link ArticleSearch#TIME_BUCKETS} bars; empty intervals between the first and last are bars of 0.
 *
 * @param interval the width of a bar: {@code 1h}, {@code 1d}, {@code 1w}, {@code 1M}, {@code 1q} or {@code 1y},
 *                 or {@code null} when no matching article has a publication date
 * @param buckets  the bars, oldest first
 */
public record OverTime(String interval, List<TimeBucket> buckets) {
    public OverTime {
        buckets = List.copyOf(buckets);
    }
}
