package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.ElasticsearchTestSupport;

/**
 * Facets, filters and entity pages by stable entity id, against a real Elasticsearch node: articles that wrote
 * "Barack Obama" and articles that wrote only "Obama" (resolved by the enricher to {@code barack-obama}) are one
 * entity. Its own alias, under the indexer's template, so {@link TestArticles}' counts stay as they are.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EntityFacetsTest {

    private static ElasticsearchConnection connection;
    private static ArticleSearch search;

    @BeforeAll
    static void indexArticles() throws IOException {
        connection = ElasticsearchConnection.to(TestArticles.elasticsearchUrl());
        String alias = ElasticsearchTestSupport.uniqueAlias("entity-facets");
        new ArticleIndex(connection.client(), alias).ensure();
        List<Map<String, Object>> docs = List.of(
                article("o1", "2026-11-01T10:00:00Z", entity("Barack Obama", "PERSON", "barack-obama"),
                        entity("Chicago", "LOCATION", "chicago")),
                // the enricher resolved the short form through its alias table: name as written, the full name's id
                article("o2", "2026-11-02T10:00:00Z", entity("Obama", "PERSON", "barack-obama")),
                article("o3", "2026-11-03T10:00:00Z", entity("Michelle Obama", "PERSON", "michelle-obama")),
                // both forms in one article: still one article about the entity
                article("o4", "2026-11-04T10:00:00Z", entity("Barack Obama", "PERSON", "barack-obama"),
                        entity("Obama", "PERSON", "barack-obama"), entity("White House", "ORGANIZATION", "white-house")));
        BulkResponse response = connection.client().bulk(b -> {
            docs.forEach(d -> b.operations(o -> o.index(i -> i.index(alias).id((String) d.get(ArticleFields.ID))
                    .document(d))));
            return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        });
        assertThat(response.errors()).as("fixtures rejected: %s", response.items()).isFalse();
        search = new ArticleSearch(connection.client(), alias);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    private static Map<String, Object> entity(String name, String type, String id) {
        return Map.of(ArticleFields.Entities.NAME, name, ArticleFields.Entities.NAME_NORMALIZED, name.toLowerCase(),
                ArticleFields.Entities.TYPE, type, ArticleFields.Entities.MENTIONS, 1,
                ArticleFields.Entities.SALIENCE, 0.5, ArticleFields.Entities.SURFACE_FORMS, List.of(name),
                ArticleFields.Entities.ID, id);
    }

    @SafeVarargs
    private static Map<String, Object> article(String id, String publishedAt, Map<String, Object>... entities) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(ArticleFields.ID, id);
        d.put(ArticleFields.URL, "https://wire.example/" + id);
        d.put(ArticleFields.SITE, "Wire");
        d.put(ArticleFields.HEADLINE, "Article " + id);
        d.put(ArticleFields.BODY, "Text of " + id);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> e : entities) {
            String field = switch ((String) e.get(ArticleFields.Entities.TYPE)) {
                case "PERSON" -> ArticleFields.PEOPLE;
                case "ORGANIZATION" -> ArticleFields.ORGANIZATIONS;
                case "LOCATION" -> ArticleFields.LOCATIONS;
                default -> ArticleFields.MISC;
            };
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add((String) e.get(ArticleFields.Entities.NAME));
            if (!ids.contains((String) e.get(ArticleFields.Entities.ID))) {
                ids.add((String) e.get(ArticleFields.Entities.ID));
            }
        }
        d.putAll(byField);
        d.put(ArticleFields.ENTITIES, List.of(entities));
        d.put(ArticleFields.ENTITY_IDS, ids);
        d.put(ArticleFields.LANGUAGE, "en");
        d.put(ArticleFields.PUBLISHED_AT, publishedAt);
        return d;
    }

    @Test
    void facetsPeopleByIdSoBothFormsOfANameMakeOneBucket() {
        Facets facets = search.search(SearchQuery.all()).facets();

        // the name facet, kept for older clients, splits the man in two
        assertThat(facets.people()).contains(new Bucket("Barack Obama", 2), new Bucket("Obama", 2));
        // by id: one bucket, each article once (o4 names him twice), the full name to show
        assertThat(facets.entities().people()).containsExactly(
                new EntityBucket("barack-obama", "Barack Obama", "PERSON", 3),
                new EntityBucket("michelle-obama", "Michelle Obama", "PERSON", 1));
        assertThat(facets.entities().places()).containsExactly(new EntityBucket("chicago", "Chicago", "LOCATION", 1));
        assertThat(facets.entities().organizations())
                .containsExactly(new EntityBucket("white-house", "White House", "ORGANIZATION", 1));
        assertThat(facets.entities().misc()).isEmpty();
    }

    @Test
    void filtersByTheIdOfAFacetBucket() {
        SearchResult result = search.search(SearchQuery.builder().entities("barack-obama").build());

        assertThat(result.hits()).extracting(ArticleSummary::id).containsExactly("o4", "o2", "o1");
        assertThat(result.facets().entities().people()).first()
                .isEqualTo(new EntityBucket("barack-obama", "Barack Obama", "PERSON", 3));
        // narrowing by one id narrows the other facets too
        assertThat(search.search(SearchQuery.builder().entities("michelle-obama").build()).facets().entities().people())
                .containsExactly(new EntityBucket("michelle-obama", "Michelle Obama", "PERSON", 1));
    }

    @Test
    void listsEachArticlesEntitiesOncePerId() {
        ArticleSummary o4 = search.search(SearchQuery.builder().entities("white-house").build()).hits().getFirst();

        assertThat(o4.entities()).containsExactly(new EntityRef("barack-obama", "Barack Obama", "PERSON"),
                new EntityRef("white-house", "White House", "ORGANIZATION"));
    }

    @Test
    void describesOneEntityByIdOrByItsFullName() {
        EntityBucket expected = new EntityBucket("barack-obama", "Barack Obama", "PERSON", 3);

        assertThat(search.entity("barack-obama")).contains(expected);
        assertThat(search.entity("Barack Obama")).contains(expected);
        assertThat(search.entity("nobody-at-all")).isEmpty();
    }

    @Test
    void showsTheNameTheIdWasMadeFromElseTheMostFrequent() {
        assertThat(ArticleSearch.displayName("barack-obama", List.of("Obama", "Barack Obama"), "x"))
                .isEqualTo("Barack Obama");
        assertThat(ArticleSearch.displayName("barack-obama", List.of("Obama", "President Obama"), "x"))
                .isEqualTo("Obama");
        assertThat(ArticleSearch.displayName("barack-obama", List.of(), "x")).isEqualTo("x");
    }
}
