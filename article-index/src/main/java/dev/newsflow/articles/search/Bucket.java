package dev.newsflow.articles.search;

/**
 * One value of a facet and how many matching articles carry it.
 *
 * @param value the value, exactly as indexed (pass it back as a filter to drill down)
 * @param count matching articles with this value
 */
public record Bucket(String value, long count) {
}
