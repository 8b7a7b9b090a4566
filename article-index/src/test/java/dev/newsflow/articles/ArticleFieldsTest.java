package dev.newsflow.articles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.GoldenSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The document record, its field names and the index template are one model: the names are the record's
 * components, the JSON the indexer writes has exactly them, and the template maps each as the queries use it.
 */
class ArticleFieldsTest {

    private static final JsonNode MAPPING = template().path("template").path("mappings").path("properties");

    @Test
    void namesEveryComponentOfTheDocumentInOrder() {
        assertThat(components(ArticleDocument.class)).isEqualTo(ArticleFields.ALL);
        assertThat(components(ArticleDocument.EntityDoc.class)).isEqualTo(ArticleFields.Entities.ALL);
        assertThat(components(ArticleDocument.TopicDoc.class)).isEqualTo(ArticleFields.TopicScores.ALL);
        assertThat(components(ArticleDocument.ImageDoc.class)).isEqualTo(ArticleFields.Images.ALL);
    }

    @Test
    void writesTheGoldenArticleAsTheStoredDocumentByteForByte() throws IOException {
        try (InputStream in = ArticleFieldsTest.class.getResourceAsStream("/golden/article-document.json")) {
            // stored indented for people; compact, it is exactly what the indexer sends
            String expected = Events.toJsonString(Events.mapper().readTree(in));

            assertThat(new String(goldenDocument().toJson(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void theDocumentTheIndexerWritesHasExactlyTheseFields() {
        JsonNode json = Events.mapper().readTree(goldenDocument().toJson());

        assertThat(json.propertyNames()).containsExactlyElementsOf(ArticleFields.ALL);
        assertThat(json.get(ArticleFields.ENTITIES).get(0).propertyNames()).containsExactlyElementsOf(ArticleFields.Entities.ALL);
        assertThat(json.get(ArticleFields.TOPIC_SCORES).get(0).propertyNames()).containsExactlyElementsOf(ArticleFields.TopicScores.ALL);
        assertThat(json.get(ArticleFields.IMAGES).get(0).propertyNames()).containsExactlyElementsOf(ArticleFields.Images.ALL);
    }

    @Test
    void theTemplateMapsEveryFieldAndNoOther() {
        assertThat(MAPPING.propertyNames()).containsExactlyInAnyOrderElementsOf(ArticleFields.ALL);
        assertThat(MAPPING.path(ArticleFields.ENTITIES).path("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ArticleFields.Entities.ALL);
        assertThat(MAPPING.path(ArticleFields.TOPIC_SCORES).path("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ArticleFields.TopicScores.ALL);
        assertThat(MAPPING.path(ArticleFields.IMAGES).path("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ArticleFields.Images.ALL);
    }

    @Test
    void mapsFullTextAsTextAndEntityNamesAsKeywordsWithATextSubfield() {
        for (String field : List.of(ArticleFields.HEADLINE, ArticleFields.DESCRIPTION, ArticleFields.BODY)) {
            assertThat(type(MAPPING.path(field))).as(field).isEqualTo("text");
        }
        for (String field : ArticleFields.ENTITY_FIELDS) {
            assertThat(type(MAPPING.path(field))).as(field).isEqualTo("keyword");
            String sub = ArticleFields.text(field).substring(field.length() + 1);
            assertThat(type(MAPPING.path(field).path("fields").path(sub))).as(ArticleFields.text(field)).isEqualTo("text");
        }
    }

    @Test
    void mapsFiltersAndFacetsAsKeywordsAndEntitiesAsNestedWithANormalisedName() {
        for (String field : List.of(ArticleFields.ID, ArticleFields.SITE, ArticleFields.AUTHORS, ArticleFields.SECTION,
                ArticleFields.SECTION_TAGS, ArticleFields.TOPICS, ArticleFields.LANGUAGE, ArticleFields.URL)) {
            assertThat(type(MAPPING.path(field))).as(field).isEqualTo("keyword");
        }
        assertThat(type(MAPPING.path(ArticleFields.PUBLISHED_AT))).isEqualTo("date");
        assertThat(type(MAPPING.path(ArticleFields.INDEXED_AT))).isEqualTo("date");
        JsonNode entities = MAPPING.path(ArticleFields.ENTITIES);
        assertThat(type(entities)).isEqualTo("nested");
        JsonNode normalized = entities.path("properties").path(ArticleFields.Entities.NAME_NORMALIZED);
        assertThat(normalized.path("normalizer").asString()).isEqualTo("lowercase");
    }

    private static ArticleDocument goldenDocument() {
        EnrichedArticle golden = Events.fromJson(GoldenSamples.bytes("enriched-article"), EnrichedArticle.class);
        return ArticleDocument.from(golden, Instant.parse("2026-11-29T03:00:02Z"));
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String type(JsonNode mapping) {
        return mapping.path("type").asString();
    }

    private static JsonNode template() {
        try (InputStream in = ArticleFieldsTest.class.getResourceAsStream(ArticleIndex.TEMPLATE_RESOURCE)) {
            assertThat(in).as(ArticleIndex.TEMPLATE_RESOURCE + " on the classpath").isNotNull();
            return Events.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
