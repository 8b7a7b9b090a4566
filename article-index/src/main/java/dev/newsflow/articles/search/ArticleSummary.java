package dev.newsflow.articles.search;

import java.time.Instant;
import java.util.List;

/**
 * An article as a hit in a list: what a reader needs to pick it, without the body.
 *
 * @param id           the article id (the Elasticsearch document id); {@code GET /api/articles/{id}} has the rest
 * @param url          the article's URL
 * @param headline     the headline
 * @param description  the standfirst, or {@code null}
 * @param site         the publication
 * @param authors      bylines
 * @param section      the section path, outermost first
 * @param topics       topic slugs, best first
 * @param language     ISO 639-1 code, or {@code null}
 * @param publishedAt  first publication, or {@code null}
 * @param wordCount    words in the body
 * @param score        relevance score, or {@code null} when sorted by date
 * @param highlights   where the free text matched
 * @param entities     the entities the article is about, by stable id, one each, in the order the enricher ranked them
 * @param skipped      the enrichment steps not run on it ({@code entities}, {@code topics}: a language the models do
 *                     not read), so a reader can tell "not tagged" from "nothing found"
 */
public record ArticleSummary(String id, String url, String headline, String description, String site,
                             List<String> authors, List<String> section, List<String> topics, String language,
                             Instant publishedAt, int wordCount, Double score, Highlights highlights,
                             List<EntityRef> entities, List<String> skipped) {
    public ArticleSummary {
        authors = authors == null ? List.of() : List.copyOf(authors);
        section = section == null ? List.of() : List.copyOf(section);
        topics = topics == null ? List.of() : List.copyOf(topics);
        highlights = highlights == null ? Highlights.NONE : highlights;
        entities = entities == null ? List.of() : List.copyOf(entities);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
