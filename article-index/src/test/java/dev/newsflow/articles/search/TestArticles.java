package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.model.EntityId;
import dev.newsflow.stack.junit.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small, known set of articles indexed into the test Elasticsearch node through the indexer's own index template
 * and alias ({@link ArticleIndex}), once per test JVM, behind the {@code articles} alias.
 */
public final class TestArticles {

    /** The alias the read side searches, as in production. */
    public static final String ALIAS = "articles";

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String url;

    private TestArticles() {
    }

    /** The Elasticsearch URL, with the fixtures indexed and searchable. */
    public static synchronized String elasticsearchUrl() {
        if (url == null) {
            String es = TestStack.elasticsearchUrl();
            install(es);
            url = es;
        }
        return url;
    }

    /** The fixtures, each a document as the indexer writes it, keyed by id. */
    public static Map<String, Map<String, Object>> documents() {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        add(docs, "a1", "https://planet.example/politics/climate-bill", "The Daily Planet",
                "Parliament passes climate bill after marathon debate",
                "Lawmakers approved the measure late on Thursday.",
                "After fourteen hours of debate, Parliament passed the climate bill by a narrow margin. "
                        + "Jane Doe, who led the campaign, called it a turning point. The Green Party abstained.",
                List.of("Lois Lane"), List.of("Politics"), List.of("politics"), List.of("politics", "environment"),
                List.of("Jane Doe"), List.of("Parliament", "Green Party"), List.of("London"), List.of(), "en",
                "2026-11-20T09:00:00Z");
        add(docs, "a2", "https://herald.example/world/storm-floods", "Coastal Herald",
                "Storm floods coastal towns",
                "Hundreds evacuated as the sea breaches defences.",
                "A violent storm flooded several coastal towns in Brittany overnight. The Red Cross opened shelters "
                        + "and rescue teams worked until dawn.",
                List.of("Tom Reed"), List.of("World", "Europe"), List.of("world", "world/europe"), List.of("weather"),
                List.of(), List.of("Red Cross"), List.of("Brittany", "France"), List.of(), "en",
                "2026-11-21T14:00:00Z");
        add(docs, "a3", "https://planet.example/business/rates", "The Daily Planet",
                "Central bank raises interest rates",
                "Borrowing costs climb for the third time this year.",
                "The Central Bank raised its main interest rate by a quarter point. Governor Maria Lopez said "
                        + "inflation in London and elsewhere, from Derby to Dover, remained too high.",
                List.of("Clark Kent"), List.of("Business"), List.of("business"), List.of("economy"),
                List.of("Maria Lopez"), List.of("Central Bank"), List.of("London"), List.of(), "en",
                "2026-11-22T08:30:00Z");
        add(docs, "a4", "https://sportswire.example/football/derby", "Sports Wire",
                "United win the derby in the last minute",
                null,
                "United beat City two goals to one. Alex Keeper saved a penalty before the late winner in Manchester.",
                List.of("Sam Striker"), List.of("Sport", "Football"), List.of("sport", "sport/football"),
                List.of("sport"), List.of("Alex Keeper"), List.of("United FC", "City FC"), List.of("Manchester"),
                List.of(), "en", "2026-11-22T20:00:00Z");
        add(docs, "a5", "https://herald.example/world/summit-opens", "Coastal Herald",
                "Climate summit opens in Paris",
                "Delegates from 120 countries gather for two weeks of talks.",
                "The United Nations climate summit opened in Paris on Tuesday. Jane Doe and Emmanuel Martin "
                        + "addressed the first session, urging faster cuts in emissions.",
                List.of("Tom Reed", "Anna Field"), List.of("World", "Europe"), List.of("world", "world/europe"),
                List.of("environment", "politics"), List.of("Jane Doe", "Emmanuel Martin"),
                List.of("United Nations"), List.of("Paris", "France"), List.of("COP"), "en",
                "2026-11-24T10:00:00Z");
        add(docs, "a6", "https://planet.example/tech/phone", "The Daily Planet",
                "Tech giant unveils a folding phone",
                "The device goes on sale next month.",
                "Acme Corp showed its first folding phone in San Francisco. Chief executive Dana Chip said the "
                        + "battery lasts two days.",
                List.of("Lois Lane"), List.of("Technology"), List.of("technology"), List.of("science-and-technology"),
                List.of("Dana Chip"), List.of("Acme Corp"), List.of("San Francisco"), List.of(), "en",
                "2026-11-25T16:00:00Z");
        add(docs, "a7", "https://blatt.example/politik/gipfel", "Berliner Blatt",
                "Klimagipfel in Paris eröffnet",
                null,
                "In Paris hat am Dienstag der Gipfel der Vereinten Nationen begonnen.",
                // as the enricher writes an article in a language its models do not read: no entities, no topics
                List.of(), List.of("Politik"), List.of("politik"), List.of(),
                List.of(), List.of(), List.of(), List.of(), "de",
                "2026-11-24T11:00:00Z");
        add(docs, "a8", "https://planet.example/opinion/why-the-bill-matters", "The Daily Planet",
                "Why the climate bill matters",
                null,
                "Readers wrote <em>angry</em> letters about the climate bill. Jane Doe answers them here.",
                List.of(), List.of("Opinion"), List.of("opinion"), List.of("politics"),
                List.of("Jane Doe"), List.of(), List.of(), List.of(), "en",
                null);
        return docs;
    }

    private static void add(Map<String, Map<String, Object>> docs, String id, String url, String site,
                            String headline, String description, String body, List<String> authors,
                            List<String> section, List<String> sectionTags, List<String> topics, List<String> people,
                            List<String> organizations, List<String> locations, List<String> misc, String language,
                            String publishedAt) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(ArticleFields.ID, id);
        d.put(ArticleFields.URL, url);
        d.put(ArticleFields.CANONICAL_URL, url);
        d.put(ArticleFields.SITE, site);
        d.put(ArticleFields.HEADLINE, headline);
        if (description != null) {
            d.put(ArticleFields.DESCRIPTION, description);
        }
        d.put(ArticleFields.BODY, body);
        d.put(ArticleFields.AUTHORS, authors);
        d.put(ArticleFields.SECTION, section);
        d.put(ArticleFields.SECTION_TAGS, sectionTags);
        d.put(ArticleFields.TOPICS, topics);
        if (!topics.isEmpty()) {
            d.put(ArticleFields.PRIMARY_TOPIC, topics.getFirst());
        }
        d.put(ArticleFields.PEOPLE, people);
        d.put(ArticleFields.ORGANIZATIONS, organizations);
        d.put(ArticleFields.LOCATIONS, locations);
        d.put(ArticleFields.MISC, misc);
        List<Map<String, Object>> entities = new ArrayList<>();
        Map.of("PERSON", people, "ORGANIZATION", organizations, "LOCATION", locations, "MISC", misc).forEach(
                (type, names) -> names.forEach(name -> entities.add(Map.of(ArticleFields.Entities.NAME, name,
                        ArticleFields.Entities.NAME_NORMALIZED, name, ArticleFields.Entities.TYPE, type,
                        ArticleFields.Entities.MENTIONS, 1, ArticleFields.Entities.SALIENCE, 0.5,
                        ArticleFields.Entities.ID, EntityId.of(name)))));
        d.put(ArticleFields.ENTITIES, entities);
        d.put(ArticleFields.ENTITY_IDS, entities.stream().map(e -> e.get(ArticleFields.Entities.ID)).toList());
        d.put(ArticleFields.LANGUAGE, language);
        d.put(ArticleFields.SKIPPED, language.equals("en") ? List.of() : List.of("entities", "topics"));
        if (publishedAt != null) {
            d.put(ArticleFields.PUBLISHED_AT, publishedAt);
        }
        d.put(ArticleFields.WORD_COUNT, body.split("\\s+").length);
        // the parser's confidence: Sports Wire's page read badly, the Daily Planet's opinion piece (a8) carries none
        if (!id.equals("a8")) {
            d.put(ArticleFields.CONFIDENCE, site.equals("Sports Wire") ? 0.3 : site.equals("Coastal Herald") ? 0.7
                    : site.equals("Berliner Blatt") ? 0.8 : 0.9);
        }
        d.put(ArticleFields.IMAGES, List.of(Map.of(ArticleFields.Images.URL, url + "/lead.jpg",
                ArticleFields.Images.ALT, headline)));
        docs.put(id, d);
    }

    /** Puts the indexer's template and creates the alias exactly as the indexer does, then indexes the fixtures. */
    private static void install(String es) {
        try (ElasticsearchConnection connection = ElasticsearchConnection.to(es)) {
            // articles -> articles-v1 through the template; safe when another test class already did it
            new ArticleIndex(connection.client(), ALIAS).ensure();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder bulk = new StringBuilder();
        documents().forEach((id, doc) -> bulk.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n")
                .append(JSON.writeValueAsString(doc)).append('\n'));
        String result = sendForBody(es, "POST", "/" + ALIAS + "/_bulk?refresh=true", bulk.toString());
        JsonNode response = JSON.readTree(result);
        List<String> errors = new ArrayList<>();
        response.get("items").values().forEach(item -> {
            JsonNode error = item.get("index").get("error");
            if (error != null) {
                errors.add(item.get("index").get("_id").asString() + ": " + error);
            }
        });
        assertThat(errors).as("fixtures rejected by the index template " + ArticleIndex.TEMPLATE_RESOURCE).isEmpty();
    }

    private static String sendForBody(String es, String method, String path, String body) {
        HttpResponse<String> response = exchange(es, method, path, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(String es, String method, String path, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(es + path))
                    .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
