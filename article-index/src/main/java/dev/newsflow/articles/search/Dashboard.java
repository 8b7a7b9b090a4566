package dev.newsflow.articles.search;

import java.util.List;

/**
 * What the dashboard shows for a set of filters: the facets, the spread over time and the latest articles.
 *
 * @param total  how many articles match
 * @param facets facets over all matches
 * @param latest the most recently published matches, newest first
 */
public record Dashboard(long total, Facets facets, List<ArticleSummary> latest) {
    public Dashboard {
        latest = List.copyOf(latest);
    }
}
