package dev.newsflow.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.fetcher.crawl.TestServers;
import dev.newsflow.stack.PrometheusScrape;
import dev.newsflow.stack.junit.TestStack;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The whole service with its crawl loop on: URLs and feeds in over HTTP, pages on a real Kafka broker. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FetchApiTest implements TestPropertyProvider {

    private final TestServers site = startSite();

    @Inject
    @Client("/")
    HttpClient http;

    private static TestServers startSite() {
        try {
            return TestServers.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "kafka.bootstrap.servers", TestStack.kafkaBootstrapServers(),
                "datasources.default.url", "jdbc:h2:mem:fetch-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "fetcher.allow-list", "127.0.0.1",
                "fetcher.default-delay", "0s",
                "fetcher.scan-interval", "200ms");
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    @Test
    void fetchesSubmittedUrlsAndPublishesThem() {
        site.page("/world/1", "One").page("/world/2", "Two");

        ApiModels.FetchAccepted accepted = http.toBlocking().retrieve(HttpRequest.POST("/api/fetch",
                Map.of("urls", List.of(site.url("/world/1"), site.url("/world/2"), "not a url"))),
                ApiModels.FetchAccepted.class);

        assertThat(accepted.queued()).isEqualTo(2);
        assertThat(accepted.rejected()).isEqualTo(1);
        assertThat(accepted.urls().get(2).rejected()).contains("not a valid http(s) URL");
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status(site.url("/world/1")).state()).isEqualTo("published");
            assertThat(status(site.url("/world/2")).state()).isEqualTo("published");
        });
        assertThat(status(site.url("/world/1")).explanation()).contains("news.pages.raw");
    }

    @Test
    void pollsARegisteredFeedAndFetchesItsArticles() {
        site.page("/feed-news/1", "Feed one").feed("/rss.xml", site.url("/feed-news/1"));

        List<SourcesController.Source> registered = http.toBlocking().retrieve(HttpRequest.POST("/api/feeds",
                Map.of("urls", List.of(site.url("/rss.xml")))), Argument.listOf(SourcesController.Source.class));

        assertThat(registered).singleElement().extracting(SourcesController.Source::kind).isEqualTo("feed");
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(status(site.url("/feed-news/1")).state()).isEqualTo("published"));
        assertThat(status(site.url("/feed-news/1")).source()).isEqualTo("feed:" + site.url("/rss.xml"));
    }

    @Test
    void explainsWhyAUrlWasNotFetched() {
        http.toBlocking().retrieve(HttpRequest.POST("/api/fetch", Map.of("urls", List.of(site.url("/missing")))),
                ApiModels.FetchAccepted.class);

        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(status(site.url("/missing")).reasonCode()).isEqualTo("http-404"));
        assertThat(status(site.url("/missing")).explanation()).contains("does not exist").contains("not retried");
    }

    @Test
    void countsFetchOutcomesByStateOnPrometheus() {
        site.page("/metered/1", "Metered");
        http.toBlocking().retrieve(HttpRequest.POST("/api/fetch",
                Map.of("urls", List.of(site.url("/metered/1"), site.url("/metered-missing")))),
                ApiModels.FetchAccepted.class);
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status(site.url("/metered/1")).state()).isEqualTo("published");
            assertThat(status(site.url("/metered-missing")).reasonCode()).isEqualTo("http-404");
        });

        PrometheusScrape metrics = PrometheusScrape.parse(http.toBlocking().retrieve(HttpRequest.GET("/prometheus")));

        assertThat(metrics.sum("newsflow_fetch_outcomes_total", Map.of("state", "published")))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("newsflow_fetch_outcomes_total", Map.of("state", "error", "reason_code", "http-404")))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("newsflow_records_out_total", Map.of("stage", "fetcher"))).isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("newsflow_stage_processing_seconds_count", Map.of("stage", "fetcher")))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void rejectsAnEmptyUrlList() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.POST("/api/fetch", Map.of("urls", List.of()))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(ApiModels.Problem.class).orElseThrow().hint()).contains("urls");
                });
    }

    private ApiModels.UrlStatus status(String url) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)),
                ApiModels.UrlStatus.class);
    }
}
