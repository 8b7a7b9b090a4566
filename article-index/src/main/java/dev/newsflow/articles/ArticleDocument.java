package dev.newsflow.articles;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Events;
import dev.newsflow.model.Image;
import dev.newsflow.model.SkippedStep;
import dev.newsflow.model.TopicScore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Elasticsearch document of one article: the shape {@code infra/elasticsearch/articles-template.json} maps
 * and {@link ArticleFields} names (the mapping is strict, so a field added here must be added to both).
 *
 * @param id            the article id, also the document id
 * @param revision      {@link Article#revision()}: the document's external version
 * @param sectionPath   the section joined with " / ", e.g. {@code World / Americas}, for a one-term facet
 * @param primaryTopic  the best-scoring topic's slug
 * @param topics        the topic slugs, best first, for facets
 * @param topicScores   the topics with codes, labels and scores
 * @param people        entity names by type, most salient first, for facets and filters
 * @param entities      every entity with its type, mentions and salience (nested, so per-entity queries hold)
 * @param entityIds     every entity's stable id ({@link dev.newsflow.model.EntityId}), for filters and facets by id
 * @param confidence    the parser's {@link Article#confidence()}, or null when it gave none
 * @param skipped       the enrichment steps not run on the article ({@link EnrichedArticle#skipped()}), by name
 */
public record ArticleDocument(String id, long revision, String url, String canonicalUrl, String site,
                              String headline, String description, String body, List<String> authors,
                              List<String> section, String sectionPath, List<String> sectionTags,
                              String primaryTopic, List<String> topics, List<TopicDoc> topicScores,
                              List<String> people, List<String> organizations, List<String> locations,
                              List<String> misc, List<EntityDoc> entities, List<String> entityIds, String language, Instant publishedAt,
                              Instant modifiedAt, Instant enrichedAt, Instant indexedAt, int wordCount,
                              List<ImageDoc> images, int imageCount, Double confidence, List<String> skipped) {

    /** One entity of the article, as indexed. */
    public record EntityDoc(String name, String nameNormalized, String type, int mentions, double salience,
                            List<String> surfaceForms, String id) {
    }

    /** One topic with its score. */
    public record TopicDoc(String code, String slug, String label, double score) {
    }

    /** One image: the URL is stored, alt text and caption are searchable. */
    public record ImageDoc(String url, String alt, String caption) {
    }

    /** The document of {@code enriched}, stamped with the time it is being indexed. */
    public static ArticleDocument from(EnrichedArticle enriched, Instant indexedAt) {
        Article a = enriched.article();
        List<Entity> entities = enriched.entities();
        return new ArticleDocument(
                a.id(), a.revision(), a.url(), a.canonicalUrl(), a.site(), a.headline(), a.description(), a.body(),
                a.authors(), a.section(), a.section().isEmpty() ? null : String.join(" / ", a.section()),
                enriched.sectionTags(), enriched.primaryTopic(),
                enriched.topics().stream().map(TopicScore::slug).distinct().toList(),
                enriched.topics().stream().map(t -> new TopicDoc(t.code(), t.slug(), t.label(), t.score())).toList(),
                namesOf(entities, EntityType.PERSON), namesOf(entities, EntityType.ORGANIZATION),
                namesOf(entities, EntityType.LOCATION), namesOf(entities, EntityType.MISC),
                entities.stream().map(ArticleDocument::entityDoc).toList(),
                entities.stream().map(Entity::id).distinct().toList(),
                a.language(), a.publishedAt(), a.modifiedAt(), enriched.enrichedAt(), indexedAt, a.wordCount(),
                a.images().stream().map(ArticleDocument::imageDoc).toList(), a.images().size(), a.confidence(),
                enriched.skipped().stream().map(SkippedStep::step).toList());
    }

    /** This document as JSON bytes, in the event codec's conventions (ISO-8601 instants). */
    public byte[] toJson() {
        return Events.toJson(this);
    }

    private static List<String> namesOf(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).distinct().toList();
    }

    private static EntityDoc entityDoc(Entity e) {
        return new EntityDoc(e.name(), e.name().toLowerCase(Locale.ROOT), e.type().name(), e.mentions(),
                e.salience(), e.surfaceForms(), e.id());
    }

    private static ImageDoc imageDoc(Image i) {
        return new ImageDoc(i.url(), i.alt(), i.caption());
    }
}
