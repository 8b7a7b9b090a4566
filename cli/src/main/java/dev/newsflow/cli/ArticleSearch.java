package dev.newsflow.cli;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The articles alias as a reader sees it, over plain HTTP: search, count, latest headlines, top entities.
 * Field names come from the index mapping (whatever the indexer wrote), so this keeps working when it changes.
 */
public final class ArticleSearch {

    /** One search hit. */
    public record Hit(String id, String headline, String url, double score) {
    }

    /** A page of hits and the total that matched. */
    public record Result(long total, List<Hit> hits) {
    }

    /** A term and how many articles carry it. */
    public record TermCount(String term, long count) {
    }

    /** Top-level fields that hold entity names of one type, as the indexer's template has them. */
    private static final java.util.Set<String> ENTITY_GROUPS = java.util.Set.of(
            "people", "persons", "organizations", "organisations", "locations", "places", "misc");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String alias;
    private Fields fields;

    public ArticleSearch(String baseUrl, String alias) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.alias = alias;
    }

    /**
     * A multi_match over the headlines (boosted 3), bodies and entity names.
     *
     * @throws IllegalStateException when Elasticsearch cannot be reached or the alias does not exist
     */
    public Result search(String query, int size) {
        Fields f = fields();
        ObjectNode body = Events.mapper().createObjectNode();
        body.put("size", size);
        body.put("track_total_hits", true);
        ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
        ObjectNode top = should.addObject().putObject("multi_match");
        top.put("query", query);
        top.put("lenient", true);
        ArrayNode topFields = top.putArray("fields");
        f.queryFields().forEach(topFields::add);
        f.nestedQueryFields().forEach((path, nestedFields) -> {
            ObjectNode nested = should.addObject().putObject("nested");
            nested.put("path", path);
            nested.put("score_mode", "max");
            ObjectNode match = nested.putObject("query").putObject("multi_match");
            match.put("query", query);
            match.put("lenient", true);
            ArrayNode names = match.putArray("fields");
            nestedFields.forEach(names::add);
        });
        body.putArray("_source").add(f.headline()).add(f.url());
        JsonNode response = require(send("POST", "/" + alias + "/_search", body.toString()), "/" + alias + "/_search");
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            hits.add(new Hit(hit.path("_id").asString(), at(source, f.headline()), at(source, f.url()),
                    hit.path("_score").asDouble()));
        }
        return new Result(response.path("hits").path("total").path("value").asLong(), hits);
    }

    /** Documents in the alias after a refresh; -1 while the alias does not exist. */
    public long count() {
        JsonNode refreshed = send("POST", "/" + alias + "/_refresh", null);
        if (refreshed == null) {
            return -1;
        }
        JsonNode count = send("GET", "/" + alias + "/_count", null);
        return count == null ? -1 : count.path("count").asLong();
    }

    /** The headlines of up to {@code size} articles, most recently published first when the mapping has a date. */
    public List<Hit> headlines(int size) {
        Fields f = fields();
        ObjectNode body = Events.mapper().createObjectNode();
        body.put("size", size);
        if (f.published() != null) {
            ObjectNode order = body.putArray("sort").addObject().putObject(f.published());
            order.put("order", "desc");
            order.put("missing", "_last");
        }
        body.putArray("_source").add(f.headline()).add(f.url());
        JsonNode response = require(send("POST", "/" + alias + "/_search", body.toString()), "/" + alias + "/_search");
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            hits.add(new Hit(hit.path("_id").asString(), at(hit.path("_source"), f.headline()),
                    at(hit.path("_source"), f.url()), 0));
        }
        return hits;
    }

    /** The most frequent values of each entity keyword field (terms aggregations), keyed by a short field label. */
    public Map<String, List<TermCount>> topEntities(int perField) {
        Fields f = fields();
        Map<String, List<TermCount>> result = new LinkedHashMap<>();
        if (f.entityTermFields().isEmpty()) {
            return result;
        }
        ObjectNode body = Events.mapper().createObjectNode();
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        List<String> labels = new ArrayList<>();
        int i = 0;
        for (TermField field : f.entityTermFields()) {
            String name = "f" + i++;
            labels.add(field.label());
            ObjectNode agg = aggs.putObject(name);
            ObjectNode terms;
            if (field.nestedPath() != null) {
                agg.putObject("nested").put("path", field.nestedPath());
                // reverse_nested counts articles, not mentions
                ObjectNode inner = agg.putObject("aggs").putObject("t");
                terms = inner.putObject("terms");
                inner.putObject("aggs").putObject("articles").putObject("reverse_nested");
            } else {
                terms = agg.putObject("terms");
            }
            terms.put("field", field.path());
            terms.put("size", perField);
        }
        JsonNode response = require(send("POST", "/" + alias + "/_search", body.toString()), "/" + alias + "/_search");
        for (int j = 0; j < labels.size(); j++) {
            JsonNode agg = response.path("aggregations").path("f" + j);
            boolean nested = f.entityTermFields().get(j).nestedPath() != null;
            JsonNode buckets = nested ? agg.path("t").path("buckets") : agg.path("buckets");
            List<TermCount> counts = new ArrayList<>();
            for (JsonNode bucket : buckets) {
                long n = nested ? bucket.path("articles").path("doc_count").asLong() : bucket.path("doc_count").asLong();
                counts.add(new TermCount(bucket.path("key").asString(), n));
            }
            if (!counts.isEmpty()) {
                result.merge(labels.get(j), counts, (a, b) -> a);
            }
        }
        return result;
    }

    /** Field names found in the mapping (cached after the first successful read). */
    Fields fields() {
        if (fields == null) {
            JsonNode mapping = send("GET", "/" + alias + "/_mapping", null);
            if (mapping == null) {
                throw new IllegalStateException("No '" + alias + "' index or alias at " + baseUrl
                        + ": nothing has been indexed yet. Drop pages with ./newsflow drop (or run ./newsflow demo).");
            }
            fields = Fields.from(mapping);
        }
        return fields;
    }

    /** A keyword field to aggregate on; {@code nestedPath} when it sits inside a nested object. */
    record TermField(String path, String nestedPath, String label) {
    }

    /** What the search and the summary query, read from the mapping. */
    record Fields(String headline, String url, String published, List<String> queryFields,
                  Map<String, List<String>> nestedQueryFields, List<TermField> entityTermFields) {

        static Fields from(JsonNode mappingResponse) {
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> nestedOf = new LinkedHashMap<>();
            for (JsonNode index : mappingResponse) {
                walk(index.path("mappings").path("properties"), "", null, types, nestedOf);
            }
            String headline = find(types, "headline", "text", "headline");
            String url = find(types, "canonicalUrl", null, find(types, "url", null, "url"));
            String published = find(types, "publishedAt", "date", null);
            List<String> query = new ArrayList<>();
            Map<String, List<String>> nestedQuery = new LinkedHashMap<>();
            List<TermField> terms = new ArrayList<>();
            // entities by type at the top level (people, organizations...) read best; else whatever sits under entities
            boolean typed = types.keySet().stream().anyMatch(p -> ENTITY_GROUPS.contains(p.toLowerCase(Locale.ROOT)));
            types.forEach((path, type) -> {
                String leaf = leaf(path);
                String root = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                boolean entity = typed ? ENTITY_GROUPS.contains(root.toLowerCase(Locale.ROOT))
                        : root.toLowerCase(Locale.ROOT).startsWith("entit");
                boolean text = type.equals("text") || type.equals("keyword") || type.equals("match_only_text");
                String field = null;
                if (type.equals("text") && leaf.equals("headline")) {
                    field = path + "^3";
                } else if (type.equals("text") && leaf.equals("body")) {
                    field = path;
                } else if (entity && text && !path.endsWith(".keyword") && !isMeta(leaf)) {
                    field = path;
                }
                if (field != null) {
                    String nested = nestedOf.get(path);
                    if (nested == null) {
                        query.add(field);
                    } else {
                        nestedQuery.computeIfAbsent(nested, k -> new ArrayList<>()).add(field);
                    }
                }
                if (entity && type.equals("keyword") && !isMeta(leaf)) {
                    String name = path.endsWith(".keyword") ? path.substring(0, path.length() - ".keyword".length()) : path;
                    String label = typed || !name.contains(".") ? name : name.substring(name.indexOf('.') + 1);
                    terms.add(new TermField(path, nestedOf.get(path), label));
                }
            });
            if (query.isEmpty() && nestedQuery.isEmpty()) {
                query.addAll(List.of("headline^3", "body", "entities.*"));
            }
            return new Fields(headline, url, published, query, nestedQuery, terms);
        }

        private static boolean isMeta(String leaf) {
            String l = leaf.toLowerCase(Locale.ROOT);
            return l.equals("type") || l.startsWith("surface") || l.equals("id") || l.equals("salience")
                    || l.equals("mentions") || l.equals("firstoffset") || l.endsWith("normalized");
        }

        private static void walk(JsonNode properties, String prefix, String nested, Map<String, String> types,
                                 Map<String, String> nestedOf) {
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                String path = prefix + e.getKey();
                JsonNode def = e.getValue();
                String type = def.path("type").asString("object");
                if (def.has("properties")) {
                    String inner = type.equals("nested") ? path : nested;
                    walk(def.path("properties"), path + ".", inner, types, nestedOf);
                    continue;
                }
                types.put(path, type);
                if (nested != null) {
                    nestedOf.put(path, nested);
                }
                for (Map.Entry<String, JsonNode> sub : def.path("fields").properties()) {
                    String subPath = path + "." + sub.getKey();
                    types.put(subPath, sub.getValue().path("type").asString("object"));
                    if (nested != null) {
                        nestedOf.put(subPath, nested);
                    }
                }
            }
        }

        /** The shortest path whose last segment is {@code leaf} (and of {@code type} when given). */
        private static String find(Map<String, String> types, String leaf, String type, String fallback) {
            return types.entrySet().stream()
                    .filter(e -> leaf(e.getKey()).equals(leaf) && (type == null || type.equals(e.getValue())))
                    .map(Map.Entry::getKey)
                    .min(java.util.Comparator.comparingInt(String::length))
                    .orElse(fallback);
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    private static String at(JsonNode source, String dottedPath) {
        if (dottedPath == null) {
            return null;
        }
        JsonNode node = source;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    private JsonNode require(JsonNode response, String path) {
        if (response == null) {
            throw new IllegalStateException("No '" + alias + "' index or alias at " + baseUrl + " (404 on " + path + ")");
        }
        return response;
    }

    /** The parsed response, or null on 404. */
    private JsonNode send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Elasticsearch answered " + response.statusCode() + " to " + method + " "
                        + path + ": " + response.body());
            }
            return Events.mapper().readTree(response.body());
        } catch (ConnectException e) {
            throw new IllegalStateException("Cannot reach Elasticsearch at " + baseUrl
                    + ". Start the stack with ./newsflow up, or point --es at your node.", e);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Elasticsearch", e);
        }
    }
}
