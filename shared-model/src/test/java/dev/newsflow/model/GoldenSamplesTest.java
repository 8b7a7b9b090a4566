package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Holds the canonical codec to the golden samples and the samples to the JSON Schemas. The same samples are
 * read by the Spring and Micronaut services' tests (this module's test-jar), so all sides agree on the wire.
 */
class GoldenSamplesTest {

    private static final ObjectMapper JSON2 = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/")));

    @ParameterizedTest
    @CsvSource({
        "raw-page, dev.newsflow.model.RawPage",
        "article, dev.newsflow.model.Article",
        "enriched-article, dev.newsflow.model.EnrichedArticle",
        "indexed-notice, dev.newsflow.model.IndexedNotice"})
    void roundTripsGoldenSampleWithoutLoss(String name, Class<?> type) throws IOException {
        byte[] golden = GoldenSamples.bytes(name);
        Object event = Events.fromJson(golden, type);
        JsonNode written = JSON2.readTree(Events.toJson(event));
        assertThat(written).isEqualTo(JSON2.readTree(golden));
    }

    @ParameterizedTest
    @CsvSource({"raw-page", "article", "enriched-article", "indexed-notice"})
    void goldenSampleConformsToItsSchema(String name) throws IOException {
        JsonSchema schema = schema(name);
        Set<ValidationMessage> errors = schema.validate(JSON2.readTree(GoldenSamples.bytes(name)));
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsArticleWithoutHeadline() throws IOException {
        JsonNode article = JSON2.readTree(GoldenSamples.bytes("article"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) article).remove("headline");
        assertThat(schema("article").validate(article)).isNotEmpty();
    }

    @Test
    void writesInstantsAsIsoStrings() {
        RawPage page = RawPage.of("https://example.com/a", "text/html", "<p>x</p>", Instant.parse("2024-01-02T03:04:05Z"), "api");
        assertThat(Events.toJsonString(page)).contains("\"fetchedAt\":\"2024-01-02T03:04:05Z\"");
    }

    @Test
    void goldenArticleKeyIsIdOfItsCanonicalUrl() {
        Article article = Events.fromJson(GoldenSamples.bytes("article"), Article.class);
        assertThat(article.id()).isEqualTo(ArticleId.of(article.canonicalUrl()));
    }

    @Test
    void skippedStepsTravelAndConformAndAreLeftOffWhenNoneWasSkipped() throws IOException {
        EnrichedArticle full = Events.fromJson(GoldenSamples.bytes("enriched-article"), EnrichedArticle.class);
        assertThat(full.skipped()).isEmpty();
        assertThat(Events.toJsonString(full)).doesNotContain("skipped");

        EnrichedArticle german = new EnrichedArticle(full.schemaVersion(), full.article(), List.of(), full.sectionTags(),
                List.of(), full.enrichedAt(), List.of(new SkippedStep(SkippedStep.ENTITIES, "no entity model for de")));
        byte[] json = Events.toJson(german);
        assertThat(Events.fromJson(json, EnrichedArticle.class)).isEqualTo(german);
        assertThat(schema("enriched-article").validate(JSON2.readTree(json))).isEmpty();

        com.fasterxml.jackson.databind.node.ObjectNode unknownStep = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON2.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknownStep.get("skipped").get(0)).put("step", "weather");
        assertThat(schema("enriched-article").validate(unknownStep)).isNotEmpty();
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
