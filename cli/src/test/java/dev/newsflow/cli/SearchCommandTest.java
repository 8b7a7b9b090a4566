package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.stack.junit.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow search} and the demo summary against a real Elasticsearch node. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SearchCommandTest {

    static String es;
    static String alias;

    @BeforeAll
    static void indexTwoArticles() throws Exception {
        es = TestStack.elasticsearchUrl();
        alias = "articles-" + UUID.randomUUID().toString().substring(0, 8);
        String index = alias + "-v1";
        // the shape of infra/elasticsearch/articles-template.json: names by type at the top level, and nested entities
        send("PUT", "/" + index, """
                {"aliases": {"%s": {}},
                 "mappings": {"properties": {
                   "headline": {"type": "text", "fields": {"raw": {"type": "keyword"}}}, "body": {"type": "text"},
                   "url": {"type": "keyword"}, "canonicalUrl": {"type": "keyword"}, "publishedAt": {"type": "date"},
                   "people": {"type": "keyword", "fields": {"text": {"type": "text"}}},
                   "locations": {"type": "keyword", "fields": {"text": {"type": "text"}}},
                   "entities": {"type": "nested", "properties": {
                     "name": {"type": "keyword"}, "nameNormalized": {"type": "keyword"}, "type": {"type": "keyword"}}}}}}
                """.formatted(alias));
        send("PUT", "/" + index + "/_doc/a1", """
                {"headline": "Bush and Putin's promising chemistry", "body": "President Vladimir Putin and President George W Bush met in Shanghai. Putin spoke first.",
                 "canonicalUrl": "http://news.bbc.co.uk/2/hi/americas/1611000.stm", "publishedAt": "2001-10-21T18:52:00Z",
                 "people": ["Vladimir Putin", "George W Bush"],
                 "entities": [{"name": "Vladimir Putin", "type": "PERSON"}, {"name": "George W Bush", "type": "PERSON"}]}
                """);
        send("PUT", "/" + index + "/_doc/a2", """
                {"headline": "Sudan sanctions lifted", "body": "Washington eased sanctions on Sudan after months of talks with Khartoum about aid, trade and the long war in Darfur; Putin was not involved.",
                 "canonicalUrl": "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html",
                 "publishedAt": "2017-01-13T00:00:00Z", "locations": ["Sudan"], "entities": [{"name": "Sudan", "type": "LOCATION"}]}
                """);
        send("POST", "/" + index + "/_refresh", null);
    }

    @Test
    void printsHeadlineUrlAndScoreBestFirst() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "Putin", "--es", es, "--alias", alias);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("2 articles match \"Putin\":");
        // the article about Putin comes before the one that mentions him once
        assertThat(lines.get(1)).matches(" +\\d+\\.\\d\\d  Bush and Putin's promising chemistry");
        assertThat(lines.get(2).trim()).isEqualTo("http://news.bbc.co.uk/2/hi/americas/1611000.stm");
        assertThat(lines.get(3)).endsWith("Sudan sanctions lifted");
    }

    @Test
    void findsArticlesByEntityName() {
        ArticleSearch.Result result = new ArticleSearch(es, alias).search("George W Bush", 5);

        assertThat(result.hits()).extracting(ArticleSearch.Hit::headline).first().isEqualTo("Bush and Putin's promising chemistry");
    }

    @Test
    void countsArticlesAndTopEntitiesFromTheMapping() {
        ArticleSearch search = new ArticleSearch(es, alias);

        assertThat(search.count()).isEqualTo(2);
        Map<String, List<ArticleSearch.TermCount>> top = search.topEntities(5);
        assertThat(top).containsOnlyKeys("people", "locations");
        assertThat(top.get("people")).extracting(ArticleSearch.TermCount::term)
                .containsExactlyInAnyOrder("Vladimir Putin", "George W Bush");
        assertThat(top.get("locations")).containsExactly(new ArticleSearch.TermCount("Sudan", 1));
        assertThat(search.headlines(5)).extracting(ArticleSearch.Hit::headline)
                .containsExactly("Sudan sanctions lifted", "Bush and Putin's promising chemistry");
    }

    @Test
    void saysSoWhenNothingHasBeenIndexed() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("search", "Putin", "--es", es, "--alias", "no-such-alias");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("No 'no-such-alias' index or alias").contains("./newsflow drop");
    }

    private static void send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(es + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }
}
