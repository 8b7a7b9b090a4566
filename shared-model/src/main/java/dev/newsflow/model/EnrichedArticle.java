package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An article with what it is about: the record on {@link Topics#ARTICLES_ENRICHED}, keyed by the article id.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param article       the parsed article, unchanged
 * @param entities      entities, most salient first
 * @param sectionTags   normalised section slugs, each level of the hierarchy: {@code ["world", "world/americas"]}
 * @param topics        IPTC media topics, best first; the first is the primary topic
 * @param enrichedAt    when the enricher produced this record
 * @param skipped       the steps not run on this article and why (its language has no model); left off the wire
 *                      when empty, so an article enriched in full reads as before
 */
public record EnrichedArticle(int schemaVersion, Article article, List<Entity> entities, List<String> sectionTags,
                              List<TopicScore> topics, Instant enrichedAt,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SkippedStep> skipped) {

    /** The version of this record's wire format. */
    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        requireNonNull(article, "article");
        entities = entities == null ? List.of() : List.copyOf(entities);
        sectionTags = sectionTags == null ? List.of() : List.copyOf(sectionTags);
        topics = topics == null ? List.of() : List.copyOf(topics);
        schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
        enrichedAt = enrichedAt == null ? Instant.now() : enrichedAt;
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** An article every step ran on. */
    public EnrichedArticle(int schemaVersion, Article article, List<Entity> entities, List<String> sectionTags,
                           List<TopicScore> topics, Instant enrichedAt) {
        this(schemaVersion, article, entities, sectionTags, topics, enrichedAt, List.of());
    }

    /** The article id: the record key. */
    public String id() {
        return article.id();
    }

    /** The primary topic's slug, or {@code null} when no topic scored. */
    public String primaryTopic() {
        return topics.isEmpty() ? null : topics.getFirst().slug();
    }
}
