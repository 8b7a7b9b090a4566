package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.search.ArticleSearch;
import dev.newsflow.articles.search.ArticleSummary;
import dev.newsflow.articles.search.SearchQuery;
import dev.newsflow.articles.search.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow search} against a real Elasticsearch node holding the search API's test articles. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SearchCommandTest {

    static String es;
    static ElasticsearchConnection connection;

    @BeforeAll
    static void indexTheTestArticles() {
        es = TestArticles.elasticsearchUrl();
        connection = ElasticsearchConnection.to(es);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void printsTheHitsInTheSearchApisOrderWithScoreHeadlineAndUrl() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "climate", "--es", es, "--alias", TestArticles.ALIAS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("3 articles match \"climate\":");
        // what /api/search?q=climate answers, hit by hit
        List<ArticleSummary> api = new ArticleSearch(connection.client(), TestArticles.ALIAS)
                .search(SearchQuery.builder().text("climate").build()).hits();
        List<String> expected = new ArrayList<>();
        for (ArticleSummary hit : api) {
            expected.add(String.format("%7.2f  %s", hit.score(), hit.headline()));
            expected.add("         " + hit.url());
        }
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void requiresEveryWordAsTheSearchApiDoes() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "climate", "Paris", "--es", es, "--alias", TestArticles.ALIAS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("1 article matches \"climate Paris\":");
        assertThat(lines.get(1)).matches(" +\\d+\\.\\d\\d  Climate summit opens in Paris");
        assertThat(lines.get(2).trim()).isEqualTo("https://herald.example/world/summit-opens");
    }

    @Test
    void listsEveryArticleAboutOneEntityNewestFirst() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "--entity", "jane-doe", "--es", es, "--alias",
                TestArticles.ALIAS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("3 articles match \"entity jane-doe\":");
        assertThat(lines).filteredOn(l -> l.startsWith("         ")).extracting(String::trim).containsExactly(
                "https://herald.example/world/summit-opens", "https://planet.example/politics/climate-bill",
                "https://planet.example/opinion/why-the-bill-matters");
    }

    @Test
    void saysHowManyItShowsWhenMoreMatch() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "climate", "--size", "2", "--es", es, "--alias", TestArticles.ALIAS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(5).first().isEqualTo("3 articles match \"climate\" (showing 2):");
    }

    @Test
    void saysSoWhenNothingHasBeenIndexed() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "Putin", "--es", es, "--alias", "no-such-alias");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("No 'no-such-alias' index or alias").contains("./newsflow drop");
    }
}
