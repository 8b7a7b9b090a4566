package dev.newsflow.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With FETCHER_API_KEY set, /api/** needs the key; /health does not. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "fetcher.api-key", "s3cret",
                "datasources.default.url", "jdbc:h2:mem:key-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "fetcher.crawler-enabled", "false");
    }

    @Test
    void refusesApiCallsWithoutTheKey() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url=https://a.example/")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url=https://a.example/")
                .header("X-API-Key", "wrong")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void letsApiCallsWithTheKeyThrough() {
        // The URL is unknown, so 404: the filter let the request reach the controller.
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url=https://a.example/")
                .header("X-API-Key", "s3cret")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url=https://a.example/")
                .bearerAuth("s3cret")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    @Test
    void leavesHealthOpen() {
        assertThat(http.toBlocking().retrieve("/health")).contains("UP");
    }
}
