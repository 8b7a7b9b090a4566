package dev.newsflow.articles;

import java.util.List;

/**
 * The field names of an {@link ArticleDocument} in the articles index, as the indexer writes them and the index template
 * ({@code infra/elasticsearch/articles-template.json}) maps them: the one place anything names them.
 * {@code ArticleFieldsTest} holds this class, the record's components and the template's mapping together.
 */
public final class ArticleFields {

    /** The article id, also a keyword field (the document {@code _id} cannot be sorted on). */
    public static final String ID = "id";
    /** The article revision, the document's external version. */
    public static final String REVISION = "revision";
    public static final String URL = "url";
    public static final String CANONICAL_URL = "canonicalUrl";
    public static final String SITE = "site";

    // full text
    public static final String HEADLINE = "headline";
    public static final String DESCRIPTION = "description";
    public static final String BODY = "body";

    // keywords to filter and facet on
    public static final String AUTHORS = "authors";
    public static final String SECTION = "section";
    /** The section joined with " / ", one term per hierarchy. */
    public static final String SECTION_PATH = "sectionPath";
    public static final String SECTION_TAGS = "sectionTags";
    public static final String PRIMARY_TOPIC = "primaryTopic";
    public static final String TOPICS = "topics";
    /** Objects with the fields of {@link TopicScores}. */
    public static final String TOPIC_SCORES = "topicScores";
    public static final String PEOPLE = "people";
    public static final String ORGANIZATIONS = "organizations";
    public static final String LOCATIONS = "locations";
    public static final String MISC = "misc";
    /** Nested objects with the fields of {@link Entities}. */
    public static final String ENTITIES = "entities";
    /** Every entity's stable id, a keyword array for filters and facets by id. */
    public static final String ENTITY_IDS = "entityIds";
    public static final String LANGUAGE = "language";

    // the rest
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String MODIFIED_AT = "modifiedAt";
    public static final String ENRICHED_AT = "enrichedAt";
    /** When the indexer wrote the document; the reindex catch-up copies what was indexed after a point. */
    public static final String INDEXED_AT = "indexedAt";
    public static final String WORD_COUNT = "wordCount";
    /** Objects with the fields of {@link Images}. */
    public static final String IMAGES = "images";
    public static final String IMAGE_COUNT = "imageCount";
    /** The parser's confidence in its extraction, 0 to 1; averaged per site on the dashboard. */
    public static final String CONFIDENCE = "confidence";
    /** The enrichment steps not run on the article ({@code entities}, {@code topics}: a language the models do not read). */
    public static final String SKIPPED = "skipped";

    /** Every top-level field, in the order {@link ArticleDocument} writes them. */
    public static final List<String> ALL = List.of(ID, REVISION, URL, CANONICAL_URL, SITE, HEADLINE, DESCRIPTION, BODY,
            AUTHORS, SECTION, SECTION_PATH, SECTION_TAGS, PRIMARY_TOPIC, TOPICS, TOPIC_SCORES, PEOPLE, ORGANIZATIONS,
            LOCATIONS, MISC, ENTITIES, ENTITY_IDS, LANGUAGE, PUBLISHED_AT, MODIFIED_AT, ENRICHED_AT, INDEXED_AT, WORD_COUNT, IMAGES,
            IMAGE_COUNT, CONFIDENCE, SKIPPED);

    /** Every entity-name keyword field, one per entity type. */
    public static final List<String> ENTITY_FIELDS = List.of(PEOPLE, ORGANIZATIONS, LOCATIONS, MISC);

    /** The entity name lower-cased by the index's normaliser, for case-insensitive entity filters. */
    public static final String ENTITY_NAME_NORMALIZED = ENTITIES + "." + Entities.NAME_NORMALIZED;

    /** The analysed sub-field of a keyword field ({@code people.text}), for free-text search. */
    public static String text(String keywordField) {
        return keywordField + ".text";
    }

    /** The fields of one nested {@link #ENTITIES} object ({@link ArticleDocument.EntityDoc}). */
    public static final class Entities {
        public static final String NAME = "name";
        public static final String NAME_NORMALIZED = "nameNormalized";
        public static final String TYPE = "type";
        public static final String MENTIONS = "mentions";
        public static final String SALIENCE = "salience";
        public static final String SURFACE_FORMS = "surfaceForms";
        public static final String ID = "id";
        /** In the order {@link ArticleDocument.EntityDoc} writes them. */
        public static final List<String> ALL = List.of(NAME, NAME_NORMALIZED, TYPE, MENTIONS, SALIENCE, SURFACE_FORMS,
                ID);

        private Entities() {
        }
    }

    /** The fields of one {@link #TOPIC_SCORES} object ({@link ArticleDocument.TopicDoc}). */
    public static final class TopicScores {
        public static final String CODE = "code";
        public static final String SLUG = "slug";
        public static final String LABEL = "label";
        public static final String SCORE = "score";
        /** In the order {@link ArticleDocument.TopicDoc} writes them. */
        public static final List<String> ALL = List.of(CODE, SLUG, LABEL, SCORE);

        private TopicScores() {
        }
    }

    /** The fields of one {@link #IMAGES} object ({@link ArticleDocument.ImageDoc}). */
    public static final class Images {
        public static final String URL = "url";
        public static final String ALT = "alt";
        public static final String CAPTION = "caption";
        /** In the order {@link ArticleDocument.ImageDoc} writes them. */
        public static final List<String> ALL = List.of(URL, ALT, CAPTION);

        private Images() {
        }
    }

    private ArticleFields() {
    }
}
