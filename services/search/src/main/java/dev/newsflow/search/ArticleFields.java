package dev.newsflow.search;

import java.util.List;

/**
 * The field names of an article document in the {@code articles} index, as the indexer writes them and the index
 * template {@code infra/elasticsearch/articles-template.json} maps them; the one place the read side names them.
 */
public final class ArticleFields {

    /** The article id, also a keyword field (the document {@code _id} cannot be sorted on). */
    public static final String ID = "id";

    // full text
    public static final String HEADLINE = "headline";
    public static final String DESCRIPTION = "description";
    public static final String BODY = "body";

    // keywords to filter and facet on
    public static final String SITE = "site";
    public static final String AUTHORS = "authors";
    public static final String SECTION = "section";
    public static final String SECTION_TAGS = "sectionTags";
    public static final String TOPICS = "topics";
    public static final String PRIMARY_TOPIC = "primaryTopic";
    public static final String PEOPLE = "people";
    public static final String ORGANIZATIONS = "organizations";
    public static final String LOCATIONS = "locations";
    public static final String MISC = "misc";
    public static final String LANGUAGE = "language";

    // the rest
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String MODIFIED_AT = "modifiedAt";
    public static final String WORD_COUNT = "wordCount";
    public static final String URL = "url";
    public static final String CANONICAL_URL = "canonicalUrl";
    public static final String IMAGES = "images";

    /** Every entity-name keyword field, one per entity type. */
    public static final List<String> ENTITY_FIELDS = List.of(PEOPLE, ORGANIZATIONS, LOCATIONS, MISC);

    /** The analysed sub-field of a keyword field ({@code people.text}), for free-text search. */
    public static String text(String keywordField) {
        return keywordField + ".text";
    }

    /** Nested entity objects: name, lower-cased name, type, mentions, salience. */
    public static final String ENTITIES = "entities";
    /** The entity name lower-cased by the index's normaliser, for case-insensitive entity filters. */
    public static final String ENTITY_NAME_NORMALIZED = ENTITIES + ".nameNormalized";

    private ArticleFields() {
    }
}
