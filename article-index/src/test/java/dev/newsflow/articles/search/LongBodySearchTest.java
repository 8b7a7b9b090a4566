package dev.newsflow.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.stack.junit.TestStack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An article whose body is longer than Elasticsearch analyses for highlighting (1,000,000 characters): a page near
 * the parser's 10 MiB limit. Before the highlight was bounded, every search that matched it failed on every shard.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LongBodySearchTest {

    private static final String ALIAS = "long-bodies";
    private static ElasticsearchConnection connection;
    private static ArticleSearch search;

    @BeforeAll
    static void indexALongArticleBesideAShortOne() throws Exception {
        connection = ElasticsearchConnection.to(TestStack.elasticsearchUrl());
        new ArticleIndex(connection.client(), ALIAS).ensure();
        Map<String, Map<String, Object>> fixtures = TestArticles.documents();
        StringBuilder body = new StringBuilder("The harbour master spoke first. ");
        while (body.length() < 1_500_000) {
            body.append("The council met again on Tuesday and decided nothing about the quay. ");
        }
        Map<String, Object> longOne = new LinkedHashMap<>(fixtures.get("a1"));
        longOne.put(ArticleFields.BODY, body.append("The harbour closes at dusk.").toString());
        connection.client().index(i -> i.index(ALIAS).id("long").document(longOne));
        connection.client().index(i -> i.index(ALIAS).id("short").document(fixtures.get("a5")));
        connection.client().indices().refresh(r -> r.index(ALIAS));
        search = new ArticleSearch(connection.client(), ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void findsAndHighlightsItWithinTheAnalysedPart() {
        SearchResult result = search.search(SearchQuery.builder().text("harbour").build());

        assertThat(result.hits()).extracting(ArticleSummary::id).containsExactly("long");
        assertThat(result.hits().getFirst().highlights().body()).isNotEmpty()
                .allSatisfy(fragment -> assertThat(fragment).contains("<mark>harbour</mark>"));
    }

    @Test
    void leavesSearchesThatMatchItAndOthersWhole() {
        // "climate" is in a1's headline (the long one's) and a5's
        SearchResult result = search.search(SearchQuery.builder().text("climate").build());

        assertThat(result.hits()).extracting(ArticleSummary::id).containsExactlyInAnyOrder("long", "short");
    }
}
