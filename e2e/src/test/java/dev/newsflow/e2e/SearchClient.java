package dev.newsflow.e2e;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** What a dashboard user does with Elasticsearch, over plain HTTP: count, get, search the articles alias. */
final class SearchClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String alias;

    SearchClient(String baseUrl, String alias) {
        this.baseUrl = baseUrl;
        this.alias = alias;
    }

    /** Documents in the alias after a refresh; 0 while the alias does not exist yet. */
    long count() {
        JsonNode response = send("POST", "/" + alias + "/_refresh", null);
        if (response == null) {
            return 0;
        }
        JsonNode count = send("GET", "/" + alias + "/_count", null);
        return count == null ? 0 : count.path("count").asLong();
    }

    /** How many of the documents {@code ids} the alias holds, after a refresh. */
    long countIds(Collection<String> ids) {
        send("POST", "/" + alias + "/_refresh", null);
        String body = "{\"query\":{\"ids\":{\"values\":" + Events.toJsonString(List.copyOf(ids)) + "}}}";
        JsonNode count = send("POST", "/" + alias + "/_count", body);
        return count == null ? 0 : count.path("count").asLong();
    }

    /** The source of document {@code id}, or null. */
    JsonNode get(String id) {
        JsonNode doc = send("GET", "/" + alias + "/_doc/" + id, null);
        return doc == null || !doc.path("found").asBoolean() ? null : doc.path("_source");
    }

    /** The hits of a query_string query. */
    JsonNode search(String query) {
        String body = "{\"query\":{\"query_string\":{\"query\":" + Events.toJsonString(query) + "}}}";
        JsonNode response = send("POST", "/" + alias + "/_search", body);
        return response == null ? null : response.path("hits").path("hits");
    }

    /** Documents whose {@code url} starts with {@code prefix}, after a refresh; 0 while the alias does not exist yet. */
    long countWhereUrlStartsWith(String prefix) {
        if (send("POST", "/" + alias + "/_refresh", null) == null) {
            return 0;
        }
        JsonNode count = send("POST", "/" + alias + "/_count",
                "{\"query\":{\"prefix\":{\"url\":" + Events.toJsonString(prefix) + "}}}");
        return count == null ? 0 : count.path("count").asLong();
    }

    /** Deletes the documents {@code ids} (a test leaves the shared node as it found it). */
    void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder bulk = new StringBuilder();
        ids.forEach(id -> bulk.append("{\"delete\":{\"_id\":").append(Events.toJsonString(id)).append("}}\n"));
        JsonNode response = send("POST", "/" + alias + "/_bulk?refresh=true", bulk.toString());
        if (response != null && response.path("errors").asBoolean()) {
            // a document that is not there is fine; anything else is not
            for (JsonNode item : response.path("items")) {
                int status = item.path("delete").path("status").asInt();
                if (status >= 300 && status != 404) {
                    throw new IllegalStateException("deleting " + item + " failed");
                }
            }
        }
    }

    /** Of {@code ids}, those with no document in the alias. */
    List<String> missing(Collection<String> ids) {
        List<String> missing = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            JsonNode response = send("POST", "/" + alias + "/_mget?_source=false",
                    "{\"ids\":" + Events.mapper().writeValueAsString(batch) + "}");
            if (response == null) {
                return all;
            }
            for (JsonNode doc : response.path("docs")) {
                if (!doc.path("found").asBoolean()) {
                    missing.add(doc.path("_id").asString());
                }
            }
        }
        return missing;
    }

    /** The concrete indices the alias points at, e.g. [articles-v1]. */
    Set<String> aliasIndices() {
        JsonNode response = send("GET", "/_alias/" + alias, null);
        Set<String> indices = new TreeSet<>();
        if (response != null) {
            response.propertyNames().forEach(indices::add);
        }
        return indices;
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
            }
            return Events.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
