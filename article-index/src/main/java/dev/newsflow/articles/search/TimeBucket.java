package dev.newsflow.articles.search;

import java.time.Instant;

/**
 * One bar of the articles-over-time histogram.
 *
 * @param start the start of the interval (UTC)
 * @param count matching articles published in it
 */
public record TimeBucket(Instant start, long count) {
}
