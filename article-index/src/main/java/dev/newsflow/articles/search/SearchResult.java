package dev.newsflow.articles.search;

import java.util.List;

/**
 * One page of matching articles with the facets of all matches.
 *
 * @param total   how many articles match (exact)
 * @param page    this page's number, 1-based
 * @param size    hits per page asked for
 * @param pages   how many pages the matches fill (capped by {@link SearchQuery#MAX_WINDOW})
 * @param sort    the order applied: {@code relevance} or {@code newest}
 * @param hits    this page's articles
 * @param facets  facets over all matches, not only this page
 * @param tookMs  how long Elasticsearch took, in milliseconds
 */
public record SearchResult(long total, int page, int size, int pages, String sort, List<ArticleSummary> hits,
                           Facets facets, long tookMs) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
