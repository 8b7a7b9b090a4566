package dev.newsflow.cli;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fetcher's HTTP API ({@code services/fetcher}, README "Drop a page") as the CLI uses it: submit URLs, feeds and
 * sitemaps, list sources, ask the ledger where a URL is. Errors come back as the fetcher's own problem message and hint.
 */
final class FetcherClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    FetcherClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    }

    /** POST /api/fetch: {@code {queued, rejected, urls: [{submitted, url, state, rejected, status}]}}. */
    JsonNode fetch(List<String> urls) {
        return post("/api/fetch", urls);
    }

    /** POST /api/feeds or /api/sitemaps ({@code kind} "feeds" or "sitemaps"): the registered sources. */
    JsonNode register(String kind, List<String> urls) {
        return post("/api/" + kind, urls);
    }

    /** GET /api/sources: every feed and sitemap with its poll state. */
    JsonNode sources() {
        return send(request("/api/sources").GET().build()).orElseThrow();
    }

    /** GET /api/urls?url=: the URL's ledger entry, or empty when the fetcher has never seen it. */
    Optional<JsonNode> status(String url) {
        return send(request("/api/urls?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)).GET().build());
    }

    private JsonNode post(String path, List<String> urls) {
        ObjectNode body = Events.mapper().createObjectNode();
        ArrayNode list = body.putArray("urls");
        urls.forEach(list::add);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()).orElseThrow();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder;
    }

    /** The JSON answer; empty on 404; an exception carrying the fetcher's problem message otherwise. */
    private Optional<JsonNode> send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new IllegalStateException("the fetcher does not answer at " + baseUrl
                    + " (start the stack with ./newsflow up, or point --fetcher at it)", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot talk to the fetcher at " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        int status = response.statusCode();
        if (status == 404 && response.body().isBlank()) {
            return Optional.empty();
        }
        JsonNode json = parse(response.body());
        if (status >= 400) {
            String message = json != null && json.hasNonNull("message") ? json.path("message").asString()
                    : "HTTP " + status + " " + abbreviate(response.body());
            String hint = json != null && json.hasNonNull("hint") ? " (" + json.path("hint").asString() + ")" : "";
            String text = "the fetcher refused " + request.method() + " " + request.uri().getPath() + ": " + message + hint;
            // 4xx: what was asked is wrong (a usage error); 5xx: the fetcher is in trouble
            throw status < 500 ? new IllegalArgumentException(text) : new IllegalStateException(text);
        }
        if (json == null) {
            throw new IllegalStateException("the fetcher at " + baseUrl + " answered HTTP " + status
                    + " without JSON: " + abbreviate(response.body()));
        }
        return Optional.of(json);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Events.mapper().readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
